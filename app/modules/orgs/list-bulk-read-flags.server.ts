import { getDb } from "~/modules/db/db.server";

export type BulkReadAlert = { id: string; raisedAt: Date; staff: string; readsCounted: number };

/**
 * The organisation's bulk-read flags (audit/bulk-reads.server.ts), newest
 * first: who read more than the limit of contributions in a short time, and
 * how many. Its admins see them on the organisation's page.
 */
export async function listBulkReadFlags(organisationId: string, limit = 50): Promise<BulkReadAlert[]> {
  const flags = await getDb().bulkReadFlag.findMany({
    where: { organisationId },
    orderBy: [{ raisedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, raisedAt: true, readsCounted: true, staffUser: { select: { username: true, displayName: true } } },
  });
  return flags.map((flag) => ({
    id: flag.id,
    raisedAt: flag.raisedAt,
    staff: flag.staffUser.displayName || flag.staffUser.username,
    readsCounted: flag.readsCounted,
  }));
}
