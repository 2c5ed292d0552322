import { getDb } from "~/modules/db/db.server";

export type RemoveQuestionResult = { ok: true } | { ok: false; error: string };

/**
 * Removes a question nobody has answered. Answers hang off their question,
 * so removing an answered one would destroy people's input: that is
 * refused (withdrawal is the participant's decision, not an editor's).
 */
export async function removeQuestion(input: { consultationId: string; questionId: string }): Promise<RemoveQuestionResult> {
  return getDb().$transaction(async (tx) => {
    const answers = await tx.answer.count({ where: { questionId: input.questionId } });
    if (answers > 0) return { ok: false, error: "consultations:errors.questionAnswered" } as const;
    await tx.question.deleteMany({ where: { id: input.questionId, consultationId: input.consultationId } });
    return { ok: true } as const;
  });
}
