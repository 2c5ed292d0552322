/**
 * Optimistic concurrency for every facilitator save on an item: the form
 * carries the Submission.version it was rendered with, and the save claims
 * the next version in one statement (UPDATE … WHERE version = $v). Nobody
 * else saved in between: one row, and the save goes on in the same
 * transaction. Someone did: no row, and the caller stores nothing and shows
 * the conflict — nothing anyone saved is overwritten.
 *
 * The first save also moves a contribution from "received" to "in review":
 * from then on the participant can no longer edit it (editableStatuses).
 */
import type { Prisma } from "~/generated/prisma/client";
import type { SubmissionStatus } from "~/generated/prisma/enums";

export type Claim = { ok: true; previousStatus: SubmissionStatus; version: number } | { ok: false; reason: "conflict" | "withdrawn" };

export async function claimItemVersion(tx: Prisma.TransactionClient, submissionId: string, version: number): Promise<Claim> {
  const claimed = await tx.submission.updateMany({
    where: { id: submissionId, version, status: { notIn: ["draft", "withdrawn"] }, duplicateOfId: null },
    data: { version: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const now = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true } });
    return { ok: false, reason: now?.status === "withdrawn" ? "withdrawn" : "conflict" };
  }
  const row = await tx.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { status: true, version: true } });
  if (row.status === "received") await tx.submission.update({ where: { id: submissionId }, data: { status: "in_review" } });
  return { ok: true, previousStatus: row.status, version: row.version };
}
