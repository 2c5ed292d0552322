/**
 * Reads of input are audited like actions: every time a contribution's text
 * is shown or exported to staff, one event per contribution (who, which item,
 * when, what kind of read — never the text). Written in one statement, so a
 * page of 50 items costs one round trip.
 */
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export type ReadKind = "submission.read" | "submission.exported";

export async function recordReads(
  db: Writer,
  read: { actorId: string; consultationId: string; organisationId?: string | null; submissionIds: readonly string[]; kind: ReadKind; details?: Prisma.InputJsonValue },
): Promise<void> {
  if (read.submissionIds.length === 0) return;
  const at = new Date();
  await db.auditEvent.createMany({
    data: [...new Set(read.submissionIds)].map((submissionId) => ({
      at,
      actorKind: "staff",
      actorId: read.actorId,
      action: read.kind,
      subjectType: "submission",
      subjectId: submissionId,
      organisationId: read.organisationId ?? null,
      consultationId: read.consultationId,
      details: read.details ?? {},
    })),
  });
}
