import { getDb } from "~/modules/db/db.server";
import { themes } from "~/modules/consultations/themes";
import { missingLanguages, pickTranslation } from "~/modules/consultations/translation";

/**
 * The consultation's questions by theme, each with its texts per language,
 * which translations are missing, and the principles (of the version in
 * use) a question may be tied to.
 */
export async function getQuestionEditorView(consultationId: string, language: string) {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      languages: true,
      draftVersion: {
        select: {
          principles: {
            orderBy: { number: "asc" },
            select: { number: true, theme: true, translations: { select: { language: true, title: true } } },
          },
        },
      },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          theme: true,
          kind: true,
          position: true,
          principle: { select: { number: true } },
          translations: { select: { language: true, prompt: true, help: true } },
          options: { orderBy: { position: "asc" }, select: { translations: { select: { language: true, label: true } } } },
          _count: { select: { answers: true } },
        },
      },
    },
  });
  const wanted = consultation.languages;
  const principles = (consultation.draftVersion?.principles ?? []).map((principle) => ({
    number: principle.number,
    theme: principle.theme,
    title: pickTranslation(principle.translations, language, wanted)?.value.title ?? "",
  }));
  const questions = consultation.questions.map((question) => ({
    id: question.id,
    theme: question.theme,
    kind: question.kind,
    principleNumber: question.principle?.number ?? null,
    answered: question._count.answers > 0,
    texts: wanted
      .map((code) => {
        const text = question.translations.find((translation) => translation.language === code);
        if (!text) return null;
        const options = question.options.map((option) => option.translations.find((label) => label.language === code)?.label ?? "");
        return { language: code, prompt: text.prompt, help: text.help, options };
      })
      .filter((text) => text !== null),
    missing: missingLanguages(question.translations, wanted),
  }));
  return {
    languages: wanted,
    principles,
    questionsByTheme: themes.map((theme) => ({ theme, questions: questions.filter((question) => question.theme === theme) })),
  };
}
