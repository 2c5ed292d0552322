/**
 * The full rebuild (`npm run admin -- recompute-summaries`): empties
 * SummaryFact, SummaryCell and the SummaryDirty outbox, then writes every
 * counted submission's facts again with the same SQL as the incremental
 * refresh, and recounts every cell, under the refresh's advisory lock —
 * the lens cells (SummaryLensCell) too, with the refresh's own rebuild.
 *
 * The outbox is emptied first in a short transaction of its own: its
 * triggers upsert the row, so a writer still open holds it and the DELETE
 * waits for that commit — and a long rebuild holding deleted outbox rows
 * would make every participant's write to those submissions wait for it.
 * The rebuild then runs in one transaction (readers see the old cells until
 * the new ones are complete) and reads everything committed before it; a
 * writer that marks a submission meanwhile leaves a row for the next
 * refresh, which recounts it (idempotent).
 */
import type { PrismaClient } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import { summaryLockSql } from "./refresh-summaries.server";
import { rebuildLensCells } from "./lens-cells-sql.server";
import { insertSummaryFactsSql } from "./summary-facts-sql.server";

export type RecomputeProgress = { done: number; total: number };
export type RecomputeResult = { submissions: number; cells: number };

export async function recomputeSummaries(
  options: { db?: PrismaClient; batchSize?: number; onProgress?: (progress: RecomputeProgress) => void } = {},
): Promise<RecomputeResult> {
  const db = options.db ?? getDb();
  const batchSize = options.batchSize ?? 1_000;
  await db.$transaction(
    async (tx) => {
      await tx.$queryRaw(summaryLockSql);
      await tx.$executeRaw`DELETE FROM "SummaryDirty"`;
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw(summaryLockSql);
      await tx.$executeRaw`DELETE FROM "SummaryFact"`;
      await tx.$executeRaw`DELETE FROM "SummaryCell"`;
      await tx.$executeRaw`DELETE FROM "SummaryLensCell"`;
      // Candidates only (approved); the facts query itself decides what counts.
      const candidates = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "Submission" WHERE "status" = 'approved' ORDER BY "id"`;
      const total = candidates.length;
      options.onProgress?.({ done: 0, total });
      for (let start = 0; start < total; start += batchSize) {
        const submissionIds = candidates.slice(start, start + batchSize).map((row) => row.id);
        await tx.$executeRaw(insertSummaryFactsSql({ submissionIds }));
        options.onProgress?.({ done: Math.min(start + batchSize, total), total });
      }
      const cells = await tx.$executeRaw`
        INSERT INTO "SummaryCell" ("consultationId", "theme", "principleId", "language", "kind", "stance", "contributions")
        SELECT "consultationId", "theme", "principleId", "language", "kind", "stance", count(*)::int FROM "SummaryFact"
        GROUP BY "consultationId", "theme", "principleId", "language", "kind", "stance"`;
      const counted = await tx.$queryRaw<Array<{ consultationId: string }>>`SELECT DISTINCT "consultationId" FROM "SummaryFact"`;
      // One consultation at a time: each holds its self-descriptions in memory only while it is counted.
      for (const { consultationId } of counted) await rebuildLensCells(tx, [consultationId]);
      const [{ submissions }] = await tx.$queryRaw<[{ submissions: number }]>`
        SELECT count(DISTINCT "submissionId")::int AS "submissions" FROM "SummaryFact"`;
      return { submissions, cells };
    },
    // A rebuild of a large deployment takes as long as it takes: participants' writes never wait on it.
    { maxWait: 60_000, timeout: 60 * 60_000 },
  );
}
