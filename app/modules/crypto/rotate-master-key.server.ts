/**
 * Master key rotation (`npm run admin -- rotate-keys`).
 *
 * Set the new key as CONVENE_MASTER_KEY and keep the old one in
 * CONVENE_PREVIOUS_MASTER_KEYS; this re-wraps, under the current key, every
 * data key still wrapped by an older one: each Submission's data key, each
 * staff TOTP secret's data key, each ThemeSynthesis's data key, each
 * participant's sealed pseudonym's data key and each known term's. The
 * encrypted text itself is untouched (its data key does not change), so
 * rotation is quick and nothing is ever decrypted to disk. Then the old key
 * can be dropped from the environment and every row still decrypts.
 *
 * Batches of `batchSize` rows; idempotent (rows already under the current
 * key are skipped, so it can be stopped and run again); each row is updated
 * only if it still holds the value that was read (a concurrent write wins).
 * A row that cannot be unwrapped is left exactly as it was and reported by
 * id — rotation never destroys anything. The old wraps linger in the tables'
 * files until purge-withdrawn-keys rewrites them (it is asked to).
 */
import type { PrismaClient } from "~/generated/prisma/client";
import { participantPseudonymContext } from "~/modules/auth/pseudonym.server";
import { knownTermContext } from "~/modules/redaction/known-terms.server";
import { totpContext } from "~/modules/auth/totp.server";
import { submissionKeyContext } from "~/modules/submissions/submission-crypto.server";
import { DecryptionError, masterKeyIdOf, rewrapSealedValue, unwrapDataKey, wrapDataKey, type MasterKeyRing } from "./envelope.server";

/**
 * Contexts the wrapped keys are bound to, from the modules that create them.
 * ThemeSynthesis rows are not written yet: whoever writes them must wrap
 * their data key with `themeSynthesisKeyContext`.
 */
export const themeSynthesisKeyContext = (id: string) => `theme-synthesis:${id}`;
export const rotationContexts = {
  submission: submissionKeyContext,
  staffTotp: totpContext,
  themeSynthesis: themeSynthesisKeyContext,
  participantPseudonym: participantPseudonymContext,
  knownTerm: knownTermContext,
} as const;

export type RotationCounts = { rewrapped: number; failed: string[] };
export type RotationReport = {
  currentKeyId: string;
  submissions: RotationCounts;
  staffTotpSecrets: RotationCounts;
  themeSyntheses: RotationCounts;
  participantPseudonyms: RotationCounts;
  knownTerms: RotationCounts;
};

type Row = { id: string; value: string };

/** The key id a sealed value's data key is wrapped with ("s1:k1.<id>.…"). */
function sealedKeyId(sealed: string): string | undefined {
  return sealed.split(":")[1]?.split(".")[1];
}

async function rotateTable(
  fetchBatch: (afterId: string, take: number) => Promise<Row[]>,
  isCurrent: (value: string) => boolean,
  rewrap: (row: Row) => string,
  save: (row: Row, value: string) => Promise<boolean>,
  batchSize: number,
): Promise<RotationCounts> {
  const counts: RotationCounts = { rewrapped: 0, failed: [] };
  let afterId = "";
  for (;;) {
    const rows = await fetchBatch(afterId, batchSize);
    if (rows.length === 0) return counts;
    afterId = rows[rows.length - 1]!.id;
    for (const row of rows) {
      if (isCurrent(row.value)) continue;
      let value: string;
      try {
        value = rewrap(row);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        counts.failed.push(row.id);
        continue;
      }
      if (await save(row, value)) counts.rewrapped++;
    }
  }
}

export async function rotateMasterKey(
  db: PrismaClient,
  ring: MasterKeyRing,
  options: { batchSize?: number } = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 200;
  const current = ring.currentId;
  const rewrapKey = (context: string) => (row: Row) =>
    wrapDataKey(unwrapDataKey(row.value, ring, context), ring, context);

  const submissions = await rotateTable(
    async (afterId, take) =>
      (
        // Withdrawn contributions have no key row left.
        await db.submissionKey.findMany({
          where: { submissionId: { gt: afterId } },
          orderBy: { submissionId: "asc" },
          take,
          select: { submissionId: true, wrappedKey: true },
        })
      ).map((row) => ({ id: row.submissionId, value: row.wrappedKey })),
    (value) => masterKeyIdOf(value) === current,
    (row) => rewrapKey(rotationContexts.submission(row.id))(row),
    // SubmissionKey's trigger records that the old wraps must be purged from its files.
    async (row, value) =>
      (await db.submissionKey.updateMany({ where: { submissionId: row.id, wrappedKey: row.value }, data: { wrappedKey: value } }))
        .count === 1,
    batchSize,
  );

  const staffTotpSecrets = await rotateTable(
    async (afterId, take) =>
      (
        await db.staffUser.findMany({
          where: { id: { gt: afterId }, totpSecretCipher: { not: null } },
          orderBy: { id: "asc" },
          take,
          select: { id: true, totpSecretCipher: true },
        })
      ).map((row) => ({ id: row.id, value: row.totpSecretCipher ?? "" })),
    (value) => sealedKeyId(value) === current,
    (row) => rewrapSealedValue(row.value, ring, rotationContexts.staffTotp(row.id)),
    async (row, value) =>
      (
        await db.staffUser.updateMany({
          where: { id: row.id, totpSecretCipher: row.value },
          data: { totpSecretCipher: value },
        })
      ).count === 1,
    batchSize,
  );

  const themeSyntheses = await rotateTable(
    async (afterId, take) =>
      (
        await db.themeSynthesis.findMany({
          where: { id: { gt: afterId }, wrappedKey: { not: "" } },
          orderBy: { id: "asc" },
          take,
          select: { id: true, wrappedKey: true },
        })
      ).map((row) => ({ id: row.id, value: row.wrappedKey })),
    (value) => masterKeyIdOf(value) === current,
    (row) => rewrapKey(rotationContexts.themeSynthesis(row.id))(row),
    async (row, value) =>
      (await db.themeSynthesis.updateMany({ where: { id: row.id, wrappedKey: row.value }, data: { wrappedKey: value } })).count ===
      1,
    batchSize,
  );

  const participantPseudonyms = await rotateTable(
    async (afterId, take) =>
      (
        await db.participant.findMany({
          where: { id: { gt: afterId }, pseudonymCipher: { not: null } },
          orderBy: { id: "asc" },
          take,
          select: { id: true, pseudonymCipher: true },
        })
      ).map((row) => ({ id: row.id, value: row.pseudonymCipher ?? "" })),
    (value) => sealedKeyId(value) === current,
    (row) => rewrapSealedValue(row.value, ring, rotationContexts.participantPseudonym(row.id)),
    async (row, value) =>
      (await db.participant.updateMany({ where: { id: row.id, pseudonymCipher: row.value }, data: { pseudonymCipher: value } }))
        .count === 1,
    batchSize,
  );

  const knownTerms = await rotateTable(
    async (afterId, take) =>
      (
        await db.knownTerm.findMany({
          where: { id: { gt: afterId } },
          orderBy: { id: "asc" },
          take,
          select: { id: true, valueCipher: true },
        })
      ).map((row) => ({ id: row.id, value: row.valueCipher })),
    (value) => sealedKeyId(value) === current,
    (row) => rewrapSealedValue(row.value, ring, rotationContexts.knownTerm(row.id)),
    async (row, value) =>
      (await db.knownTerm.updateMany({ where: { id: row.id, valueCipher: row.value }, data: { valueCipher: value } })).count === 1,
    batchSize,
  );

  // The old wraps of the other two tables stay in their files (dead row
  // versions) until they are rewritten: ask purge-withdrawn-keys to do it, so
  // that an old master key, once dropped, opens nothing left on this server.
  const rewrittenTables = [
    ...(staffTotpSecrets.rewrapped > 0 ? ["StaffUser"] : []),
    ...(themeSyntheses.rewrapped > 0 ? ["ThemeSynthesis"] : []),
    ...(participantPseudonyms.rewrapped > 0 ? ["Participant"] : []),
    ...(knownTerms.rewrapped > 0 ? ["KnownTerm"] : []),
  ];
  if (rewrittenTables.length > 0) {
    await db.keyPurgeRequest.createMany({ data: rewrittenTables.map((tableName) => ({ tableName })) });
  }
  return { currentKeyId: current, submissions, staffTotpSecrets, themeSyntheses, participantPseudonyms, knownTerms };
}
