import { getDb } from "~/modules/db/db.server";
import { optionLines } from "~/modules/consultations/consultation-forms";

export type SaveQuestionTranslationResult = { ok: true } | { ok: false; field: "form" | "language" | "options"; error: string };

/** A question's text (and its options' labels, one per line in the same order) in one language. */
export async function saveQuestionTranslation(input: {
  consultationId: string;
  questionId: string;
  language: string;
  prompt: string;
  help: string;
  options: string;
}): Promise<SaveQuestionTranslationResult> {
  const db = getDb();
  const question = await db.question.findFirst({
    where: { id: input.questionId, consultationId: input.consultationId },
    select: { consultation: { select: { languages: true } }, options: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!question) return { ok: false, field: "form", error: "consultations:errors.questionNotFound" };
  if (!question.consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const labels = optionLines(input.options);
  if (question.options.length > 0 && labels.length !== question.options.length) {
    return { ok: false, field: "options", error: "consultations:errors.optionsCount" };
  }
  await db.$transaction(async (tx) => {
    const text = { prompt: input.prompt, help: input.help };
    await tx.questionTranslation.upsert({
      where: { questionId_language: { questionId: input.questionId, language: input.language } },
      create: { questionId: input.questionId, language: input.language, ...text },
      update: text,
    });
    for (const [index, option] of question.options.entries()) {
      const label = labels[index] ?? "";
      await tx.questionOptionTranslation.upsert({
        where: { optionId_language: { optionId: option.id, language: input.language } },
        create: { optionId: option.id, language: input.language, label },
        update: { label },
      });
    }
  });
  return { ok: true };
}
