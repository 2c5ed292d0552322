import type { Prisma } from "~/generated/prisma/client";

/**
 * Inside a caller's transaction: points a consultation at another draft
 * version and moves its questions to the principle with the same number in
 * that version (or unties them when there is none). Submissions and
 * answers are deliberately left alone: they stay linked to the version and
 * principle rows they were given on.
 */
export async function switchDraftVersionInTransaction(tx: Prisma.TransactionClient, consultationId: string, versionId: string): Promise<void> {
  const principles = await tx.draftPrinciple.findMany({ where: { versionId }, select: { id: true, number: true } });
  const byNumber = new Map(principles.map((principle) => [principle.number, principle.id]));
  const linked = await tx.question.findMany({
    where: { consultationId, principleId: { not: null } },
    select: { id: true, principle: { select: { number: true } } },
  });
  for (const question of linked) {
    const principleId = question.principle ? (byNumber.get(question.principle.number) ?? null) : null;
    await tx.question.update({ where: { id: question.id }, data: { principleId } });
  }
  await tx.consultation.update({ where: { id: consultationId }, data: { draftVersionId: versionId } });
}
