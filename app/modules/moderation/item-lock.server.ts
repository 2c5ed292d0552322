/**
 * The soft lock: opening an item takes it (or renews one's own) for ten
 * minutes when nobody else holds it. It never blocks a save — the version
 * check does that — it only tells the second person who has the item open.
 * It expires by itself, so a closed tab blocks no one.
 */
import type { PrismaClient } from "~/generated/prisma/client";

export const lockMinutes = 10;

/** Takes or renews the lock when free; returns who else holds it (display name, else username), or null. */
export async function takeItemLock(db: PrismaClient, submissionId: string, staffUserId: string, now = new Date()): Promise<string | null> {
  const expiresAt = new Date(now.getTime() + lockMinutes * 60_000);
  // One statement, so two people opening the item at once cannot both take it.
  await db.$executeRaw`
    INSERT INTO "ItemLock" ("submissionId", "staffUserId", "expiresAt") VALUES (${submissionId}, ${staffUserId}, ${expiresAt})
    ON CONFLICT ("submissionId") DO UPDATE SET "staffUserId" = EXCLUDED."staffUserId", "expiresAt" = EXCLUDED."expiresAt"
    WHERE "ItemLock"."expiresAt" < ${now} OR "ItemLock"."staffUserId" = EXCLUDED."staffUserId"`;
  const lock = await db.itemLock.findUnique({
    where: { submissionId },
    select: { staffUserId: true, staffUser: { select: { displayName: true, username: true } } },
  });
  if (!lock || lock.staffUserId === staffUserId) return null;
  return lock.staffUser.displayName || lock.staffUser.username;
}
