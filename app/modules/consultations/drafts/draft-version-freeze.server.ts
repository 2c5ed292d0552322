import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * A version that input was given on is frozen: its text must stay what
 * people answered. Changes go into a new version, and earlier input stays
 * linked to the version (and principle rows) it answered.
 */
export async function isDraftVersionFrozen(versionId: string, db: Reader = getDb()): Promise<boolean> {
  const [submissions, answers] = await Promise.all([
    db.submission.count({ where: { draftVersionId: versionId } }),
    db.answer.count({ where: { principle: { versionId } } }),
  ]);
  return submissions + answers > 0;
}
