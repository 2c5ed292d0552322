/**
 * The bulk-read flag: more than 200 contributions read (submission.read
 * events, counted by distinct item) by one person within 10 minutes raises
 * a BulkReadFlag for each organisation they facilitate for here — once per
 * window — and slows that person down: while they are over the limit, every
 * page that would show input text answers 429 with Retry-After instead.
 * Someone copying the input out one page at a time is stopped and the
 * organisation's admins see it at /admin/orgs/:orgId.
 */
import type { PrismaClient } from "~/generated/prisma/client";
import { bulkReadLimit, bulkReadWindowMinutes } from "./bulk-read-limits";
import { recordAuditEvent } from "./record-audit-event.server";

export { bulkReadLimit, bulkReadRetryAfterSeconds, bulkReadWindowMinutes } from "./bulk-read-limits";

const windowStart = (now: Date) => new Date(now.getTime() - bulkReadWindowMinutes * 60_000);

export async function itemsReadRecently(db: PrismaClient, staffUserId: string, now = new Date()): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ items: bigint }>>`
    SELECT count(DISTINCT "subjectId") AS "items" FROM "AuditEvent"
    WHERE "actorId" = ${staffUserId} AND "action" = 'submission.read' AND "at" > ${windowStart(now)}`;
  return Number(row?.items ?? 0);
}

/** Over the limit already: the page must not show more input now. */
export async function isSlowedDown(db: PrismaClient, staffUserId: string, now = new Date()): Promise<boolean> {
  return (await itemsReadRecently(db, staffUserId, now)) > bulkReadLimit;
}

/** After recording reads: raises the flag for each organisation when the count has gone over (once per window). */
export async function flagBulkReads(db: PrismaClient, staffUserId: string, organisationIds: readonly string[], now = new Date()): Promise<boolean> {
  const count = await itemsReadRecently(db, staffUserId, now);
  if (count <= bulkReadLimit) return false;
  for (const organisationId of new Set(organisationIds)) {
    const raised = await db.bulkReadFlag.findFirst({ where: { staffUserId, organisationId, raisedAt: { gt: windowStart(now) } }, select: { id: true } });
    if (raised) continue;
    await db.$transaction(async (tx) => {
      await tx.bulkReadFlag.create({ data: { staffUserId, organisationId, readsCounted: count, raisedAt: now } });
      await recordAuditEvent(tx, {
        actorKind: "system",
        action: "staff.bulk-read-flagged",
        subjectType: "staffUser",
        subjectId: staffUserId,
        organisationId,
        details: { reads: count },
      });
    });
  }
  return true;
}
