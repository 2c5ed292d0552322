import type { Prisma } from "~/generated/prisma/client";

/**
 * Only inside another use case's transaction (it takes the transaction
 * client, so the check and the write see the same rows).
 *
 * Once people have given input on a consultation, the wording they read
 * must stay what it was: their answers are read against it. Like a draft
 * version that has input, the question's existing texts are frozen; a new
 * question, or a new draft version, carries new wording. A language the
 * question has no text in yet may still be added.
 */
export async function isQuestionWordingFrozenInTransaction(
  tx: Prisma.TransactionClient,
  input: { consultationId: string; questionId: string },
): Promise<boolean> {
  const [submissions, answers] = await Promise.all([
    tx.submission.count({ where: { consultationId: input.consultationId } }),
    tx.answer.count({ where: { questionId: input.questionId } }),
  ]);
  return submissions + answers > 0;
}
