/**
 * The lens rollup (SummaryLensCell): contributions per consultation × lens ×
 * (theme, principle, stance), language and kind summed away.
 *
 * No per-contribution lens fact is ever stored: a row "submission S is in
 * disability=yes" would be the self-description in plain text, next to the
 * contribution. So a consultation's lens cells are rebuilt whole, in memory,
 * from the encrypted SelfDescription rows of its counted contributions (those
 * that have SummaryFact rows — the facts SQL already decided what counts)
 * and written back as counts only. The refresh calls this for every
 * consultation in its batch, the full rebuild for all of them, both inside
 * their transaction under the summaries advisory lock, so the lens cells
 * always agree with the SummaryFact rows of the same transaction.
 *
 * Cost: per rebuilt consultation, one read of its self-described counted
 * contributions and one decryption each — only contributions with a
 * self-description are read, the rest of the consultation is not touched.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { lensKeysOf } from "~/modules/self-description/dimensions";
import { decryptSelfDescription } from "~/modules/self-description/self-description-cipher.server";
import { openSubmissionKey } from "~/modules/submissions/submission-crypto.server";

type Tx = Prisma.TransactionClient;

type LensCell = { consultationId: string; lens: string; theme: string; principleId: string; stance: string; contributions: number };

/**
 * The lens keys each counted, self-described contribution of the
 * consultations is in (decrypted in memory only). A row that does not open
 * (key destroyed by a withdrawal racing the rebuild, a damaged cipher) is
 * skipped: it is counted in no lens, and the refresh goes on. Nothing of it is logged.
 */
async function lensKeysBySubmission(tx: Tx, consultationIds: readonly string[], ring: MasterKeyRing): Promise<Map<string, string[]>> {
  const rows = await tx.$queryRaw<Array<{ submissionId: string; valuesCipher: string; wrappedKey: string }>>`
    SELECT d."submissionId", d."valuesCipher", k."wrappedKey"
    FROM "SelfDescription" d
    JOIN "Submission" s ON s."id" = d."submissionId"
    JOIN "SubmissionKey" k ON k."submissionId" = d."submissionId"
    WHERE s."consultationId" = ANY(${[...consultationIds]}::text[])
      AND EXISTS (SELECT 1 FROM "SummaryFact" f WHERE f."submissionId" = d."submissionId")`;
  const keys = new Map<string, string[]>();
  for (const row of rows) {
    let lensKeys: string[];
    try {
      const dataKey = openSubmissionKey(row.submissionId, row.wrappedKey, ring);
      lensKeys = lensKeysOf(decryptSelfDescription(dataKey, row.valuesCipher, row.submissionId));
    } catch {
      continue;
    }
    if (lensKeys.length > 0) keys.set(row.submissionId, lensKeys);
  }
  return keys;
}

/** Replaces the SummaryLensCell rows of the given consultations with a recount; returns how many rows it wrote. */
export async function rebuildLensCells(tx: Tx, consultationIds: readonly string[], ring: MasterKeyRing = getMasterKeyRing()): Promise<number> {
  if (consultationIds.length === 0) return 0;
  const ids = [...new Set(consultationIds)];
  const lensKeys = await lensKeysBySubmission(tx, ids, ring);
  const cells = new Map<string, LensCell>();
  if (lensKeys.size > 0) {
    // Language and kind are one per contribution: DISTINCT leaves one row per (theme, principle, stance) it counts in.
    const facts = await tx.$queryRaw<Array<{ submissionId: string; consultationId: string; theme: string; principleId: string; stance: string }>>`
      SELECT DISTINCT "submissionId", "consultationId", "theme", "principleId", "stance" FROM "SummaryFact"
      WHERE "submissionId" = ANY(${[...lensKeys.keys()]}::text[])`;
    for (const fact of facts) {
      for (const lens of lensKeys.get(fact.submissionId) ?? []) {
        const key = JSON.stringify([fact.consultationId, lens, fact.theme, fact.principleId, fact.stance]);
        const cell = cells.get(key);
        if (cell) cell.contributions += 1;
        else cells.set(key, { consultationId: fact.consultationId, lens, theme: fact.theme, principleId: fact.principleId, stance: fact.stance, contributions: 1 });
      }
    }
  }
  await tx.$executeRaw`DELETE FROM "SummaryLensCell" WHERE "consultationId" = ANY(${ids}::text[])`;
  if (cells.size === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "SummaryLensCell" ("consultationId", "lens", "theme", "principleId", "stance", "contributions")
    SELECT "consultationId", "lens", "theme", "principleId", "stance", "contributions"
    FROM jsonb_to_recordset(${JSON.stringify([...cells.values()])}::jsonb)
      AS c("consultationId" text, "lens" text, "theme" text, "principleId" text, "stance" text, "contributions" int)`;
}
