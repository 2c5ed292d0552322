/**
 * The incremental refresh: drains the SummaryDirty outbox (filled by
 * database triggers in the writers' own transactions, see the
 * drafters_workspace and summary_outbox_locks migrations) in batches. Per
 * batch, in one transaction: take the batch's outbox rows (FOR UPDATE SKIP
 * LOCKED: a row a writer still holds is left for the next round, after that
 * writer commits), delete their old SummaryFact rows, insert their facts as
 * they are now (summary-facts-sql.server.ts, the one definition), then
 * recount from SummaryFact only the SummaryCell keys those old or new facts
 * touch. A summary page reads SummaryCell and never scans answers. Then,
 * in the same transaction, every consultation of the batch has its lens
 * cells (SummaryLensCell) rebuilt from its counted self-descriptions
 * (lens-cells-sql.server.ts: no per-contribution lens fact exists to recount from).
 *
 * Every refresh and the full rebuild take the same transaction-scoped
 * advisory lock, so two workers (or a worker and `recompute-summaries`)
 * never recount the same cell from interleaved facts.
 */
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import { rebuildLensCells } from "./lens-cells-sql.server";
import { insertSummaryFactsSql } from "./summary-facts-sql.server";

/** The advisory lock every writer of SummaryFact/SummaryCell holds for its transaction. */
export const summaryLockSql = Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('convene:summaries'))::text`;

export type RefreshResult = { submissions: number; cells: number; batches: number };

type Tx = Prisma.TransactionClient;

/**
 * Recounts the given cell keys from SummaryFact: a key with no fact left
 * loses its row. Keys are passed as one JSON array (any number, one query).
 * The caller holds summaryLockSql in the same transaction.
 */
export async function recountCells(tx: Tx, keys: ReadonlyArray<CellKey>): Promise<number> {
  if (keys.length === 0) return 0;
  const json = JSON.stringify(keys);
  await tx.$executeRaw`
    DELETE FROM "SummaryCell" c USING jsonb_to_recordset(${json}::jsonb)
      AS k("consultationId" text, "theme" text, "principleId" text, "language" text, "kind" text, "stance" text)
    WHERE c."consultationId" = k."consultationId" AND c."theme" = k."theme" AND c."principleId" = k."principleId"
      AND c."language" = k."language" AND c."kind"::text = k."kind" AND c."stance" = k."stance"`;
  await tx.$executeRaw`
    INSERT INTO "SummaryCell" ("consultationId", "theme", "principleId", "language", "kind", "stance", "contributions")
    SELECT f."consultationId", f."theme", f."principleId", f."language", f."kind", f."stance", count(*)::int
    FROM "SummaryFact" f
    JOIN (SELECT DISTINCT * FROM jsonb_to_recordset(${json}::jsonb)
      AS k("consultationId" text, "theme" text, "principleId" text, "language" text, "kind" text, "stance" text)) k
      ON f."consultationId" = k."consultationId" AND f."theme" = k."theme" AND f."principleId" = k."principleId"
      AND f."language" = k."language" AND f."kind"::text = k."kind" AND f."stance" = k."stance"
    GROUP BY f."consultationId", f."theme", f."principleId", f."language", f."kind", f."stance"`;
  return keys.length;
}

export type CellKey = { consultationId: string; theme: string; principleId: string; language: string; kind: string; stance: string };

const keyOf = (key: CellKey) => JSON.stringify([key.consultationId, key.theme, key.principleId, key.language, key.kind, key.stance]);

/** One batch; returns how many outbox rows it took (0: nothing left it may take). */
async function refreshBatch(db: PrismaClient, batchSize: number): Promise<{ submissions: number; cells: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw(summaryLockSql);
      // SKIP LOCKED: the outbox triggers upsert (ON CONFLICT DO UPDATE), so a writer whose
      // transaction is still open holds its row; taking it now would read its data before it commits.
      const taken = await tx.$queryRaw<Array<{ submissionId: string; consultationId: string }>>`
        DELETE FROM "SummaryDirty" WHERE "submissionId" IN (
          SELECT "submissionId" FROM "SummaryDirty" ORDER BY "submissionId" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
        ) RETURNING "submissionId", "consultationId"`;
      if (taken.length === 0) return { submissions: 0, cells: 0 };
      const submissionIds = taken.map((row) => row.submissionId);
      const old = await tx.$queryRaw<CellKey[]>`
        DELETE FROM "SummaryFact" WHERE "submissionId" = ANY(${submissionIds}::text[])
        RETURNING "consultationId", "theme", "principleId", "language", "kind"::text AS "kind", "stance"`;
      const fresh = await tx.$queryRaw<CellKey[]>`
        WITH inserted AS (${insertSummaryFactsSql({ submissionIds })}
          RETURNING "consultationId", "theme", "principleId", "language", "kind"::text AS "kind", "stance")
        SELECT * FROM inserted`;
      const touched = new Map<string, CellKey>();
      for (const key of [...old, ...fresh]) touched.set(keyOf(key), key);
      const cells = await recountCells(tx, [...touched.values()]);
      await rebuildLensCells(tx, [...new Set([...taken.map((row) => row.consultationId), ...old.map((row) => row.consultationId)])]);
      return { submissions: taken.length, cells };
    },
    // A batch is bounded (batchSize submissions); the wait covers another refresh holding the lock.
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/** Drains the outbox until nothing is left that may be taken now. */
export async function refreshSummaries(options: { db?: PrismaClient; batchSize?: number } = {}): Promise<RefreshResult> {
  const db = options.db ?? getDb();
  const batchSize = options.batchSize ?? 500;
  const result: RefreshResult = { submissions: 0, cells: 0, batches: 0 };
  for (;;) {
    const batch = await refreshBatch(db, batchSize);
    if (batch.submissions === 0) return result;
    result.submissions += batch.submissions;
    result.cells += batch.cells;
    result.batches += 1;
  }
}
