/**
 * The drafters' minimal view of a consultation (issue 12 builds the real
 * summaries): the approved input's redacted texts, grouped by theme and
 * question — and only answers whose consent lets drafters read them quoted
 * (listQuotableAnswerIds: approved, not a merged duplicate, the narrowest of
 * the answer's and the contribution's choices reaching "drafters").
 *
 * Only Answer.redactedCipher is ever shown: an answer no facilitator has
 * redacted yet (no redacted text stored) is left out and counted, never
 * shown in its original words. Nothing else about a contribution is read:
 * not its safety flags, not an in-person consent reference, not who or when.
 *
 * Showing it is a read of each contribution shown: one "submission.read"
 * event per contribution on the page (recordReads), never text.
 */
import type { Theme } from "~/generated/prisma/enums";
import { recordReads } from "~/modules/audit/record-reads.server";
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { readAnswerTexts } from "~/modules/moderation/contribution-texts.server";
import { listQuotableAnswerIds } from "~/modules/submissions/included-input.server";

export type DrafterQuestion = { id: string; prompt: string; promptLanguage: string; texts: Array<{ answerId: string; text: string; language: string }> };
export type DrafterView = { themes: Array<{ theme: Theme; questions: DrafterQuestion[] }>; shown: number; awaitingRedaction: number };

export async function showDrafterView(input: {
  consultationId: string;
  language: string;
  actorId: string;
  organisationId: string | null;
}): Promise<DrafterView> {
  const db = getDb();
  const quotable = await listQuotableAnswerIds(input.consultationId, "drafters");
  const answers = await db.answer.findMany({
    where: { id: { in: quotable } },
    select: { id: true, submissionId: true, questionId: true, redactedCipher: true, submission: { select: { language: true } } },
  });
  const redacted = answers.filter((answer) => answer.redactedCipher !== null);
  const submissionIds = [...new Set(redacted.map((answer) => answer.submissionId))];
  const texts = await readAnswerTexts(submissionIds);
  // Only the quotable answers' redacted texts are kept; the original text readAnswerTexts also decrypts goes no further.
  const wanted = new Set(redacted.map((answer) => answer.id));
  const redactedById = new Map<string, string>();
  for (const list of texts.values()) {
    for (const answer of list) if (wanted.has(answer.answerId) && answer.redactedText !== null) redactedById.set(answer.answerId, answer.redactedText);
  }
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: {
      languages: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, theme: true, translations: { select: { language: true, prompt: true } } } },
    },
  });
  const shownSubmissions = new Set<string>();
  const grouped = themes.map((theme) => ({
    theme,
    questions: consultation.questions
      .filter((question) => question.theme === theme)
      .map((question): DrafterQuestion => {
        const prompt = pickTranslation(question.translations, input.language, consultation.languages);
        const shown = redacted.filter((answer) => answer.questionId === question.id && redactedById.has(answer.id));
        for (const answer of shown) shownSubmissions.add(answer.submissionId);
        return {
          id: question.id,
          prompt: prompt?.value.prompt ?? "",
          promptLanguage: prompt?.language ?? input.language,
          texts: shown.map((answer) => ({ answerId: answer.id, text: redactedById.get(answer.id)!, language: answer.submission.language })),
        };
      })
      .filter((question) => question.texts.length > 0),
  }));
  await recordReads(db, {
    actorId: input.actorId,
    consultationId: input.consultationId,
    organisationId: input.organisationId,
    submissionIds: [...shownSubmissions],
    kind: "submission.read",
    details: { what: "redacted" },
  });
  return {
    themes: grouped.filter((group) => group.questions.length > 0),
    shown: grouped.reduce((sum, group) => sum + group.questions.reduce((count, question) => count + question.texts.length, 0), 0),
    awaitingRedaction: answers.length - redacted.length,
  };
}
