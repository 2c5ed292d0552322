import { getDb } from "~/modules/db/db.server";
import { sourceLanguageOf } from "~/modules/consultations/translation";

/**
 * One question on its own editing page: its text in every language of the
 * consultation (empty where not yet translated), the source-language text
 * shown beside each translation, and whether its wording is frozen (the
 * consultation has input) or it may be removed (nobody answered it).
 * Null when the question is not one of this consultation's.
 */
export async function getQuestionEditView(consultationId: string, questionId: string) {
  const db = getDb();
  const question = await db.question.findFirst({
    where: { id: questionId, consultationId },
    select: {
      id: true,
      theme: true,
      kind: true,
      principle: { select: { number: true } },
      translations: { select: { language: true, prompt: true, help: true } },
      options: { orderBy: { position: "asc" }, select: { translations: { select: { language: true, label: true } } } },
      consultation: { select: { languages: true, _count: { select: { submissions: true } } } },
      _count: { select: { answers: true } },
    },
  });
  if (!question) return null;
  const languages = question.consultation.languages;
  const texts = languages.map((language) => {
    const text = question.translations.find((translation) => translation.language === language);
    return {
      language,
      exists: text !== undefined,
      prompt: text?.prompt ?? "",
      help: text?.help ?? "",
      options: question.options.map((option) => option.translations.find((label) => label.language === language)?.label ?? ""),
    };
  });
  const source = sourceLanguageOf(question.translations, languages);
  return {
    id: question.id,
    theme: question.theme,
    kind: question.kind,
    principleNumber: question.principle?.number ?? null,
    hasOptions: question.options.length > 0,
    answered: question._count.answers > 0,
    wordingFrozen: question._count.answers + question.consultation._count.submissions > 0,
    languages,
    sourceLanguage: source,
    texts,
    label: texts.find((text) => text.language === source)?.prompt ?? "",
  };
}
