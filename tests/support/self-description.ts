/**
 * Self-descriptions in tests, written and read exactly as the app does:
 * the document encrypted under the contribution's own data key
 * (self-description-cipher.server.ts), so the lens rollup reads them like
 * real ones. Saving or deleting goes through the table, whose trigger puts
 * the contribution in the summary outbox.
 *
 * seedSummaryWorld writes a synthetic set of people straight into the
 * rollups (SummaryCell and SummaryLensCell), counted as the rollups count
 * them (lensKeysOf), for tests of the pages over many groups; the rollups
 * themselves are checked against a count from scratch in
 * tests/summaries/lens-rollups.test.ts.
 */
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { lensKeysOf, type SelfDescriptionValues } from "~/modules/self-description/dimensions";
import { decryptSelfDescription, encryptSelfDescription } from "~/modules/self-description/self-description-cipher.server";
import { openSubmissionKey } from "~/modules/submissions/submission-crypto.server";

async function dataKeyOf(submissionId: string): Promise<Buffer | null> {
  const key = await getDb().submissionKey.findUnique({ where: { submissionId }, select: { wrappedKey: true } });
  return key ? openSubmissionKey(submissionId, key.wrappedKey, getMasterKeyRing()) : null;
}

/** Saves (or replaces) a contribution's self-description; false when its key is gone (withdrawn). */
export async function saveSelfDescription(submissionId: string, values: SelfDescriptionValues): Promise<boolean> {
  const dataKey = await dataKeyOf(submissionId);
  if (!dataKey) return false;
  const valuesCipher = encryptSelfDescription(dataKey, values, submissionId);
  const today = new Date(new Date().toISOString().slice(0, 10));
  await getDb().selfDescription.upsert({
    where: { submissionId },
    create: { submissionId, valuesCipher, consentedOn: today },
    update: { valuesCipher, changedOn: today },
  });
  return true;
}

export async function deleteSelfDescription(submissionId: string): Promise<void> {
  await getDb().selfDescription.deleteMany({ where: { submissionId } });
}

/** The stored document, decrypted; null when there is none or it no longer opens. */
export async function readSelfDescription(submissionId: string): Promise<SelfDescriptionValues | null> {
  const row = await getDb().selfDescription.findUnique({ where: { submissionId } });
  const dataKey = row ? await dataKeyOf(submissionId) : null;
  if (!row || !dataKey) return null;
  try {
    return decryptSelfDescription(dataKey, row.valuesCipher, submissionId);
  } catch {
    return null;
  }
}

/** One contribution's self-description, as a participant saves it. */
export async function seedSelfDescription(submissionId: string, values: SelfDescriptionValues): Promise<void> {
  if (!(await saveSelfDescription(submissionId, values))) throw new Error("seedSelfDescription: the contribution has no data key");
}

/** One synthetic person: where, in which language, what they said on which principles (by id, with the principle's theme), and about themselves. */
export type SyntheticPerson = {
  consultationId: string;
  language: string;
  answers: Array<{ theme: string; principleId: string; stance: string | null }>;
  self: SelfDescriptionValues;
};

type Key = string;
const keyOf = (...parts: string[]): Key => parts.join("\u0000");

/** Writes SummaryCell and (interim) SummaryLensCell rows for these people, as the rollups count them. */
export async function seedSummaryWorld(people: readonly SyntheticPerson[]): Promise<void> {
  const cells = new Map<Key, number>();
  const lensCells = new Map<Key, number>();
  const bump = (map: Map<Key, number>, key: Key) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const person of people) {
    // Each person once per cell, as count(DISTINCT submissionId) does.
    const rows = new Set<string>([keyOf("", "", "")]);
    for (const answer of person.answers) {
      rows.add(keyOf(answer.theme, "", ""));
      rows.add(keyOf(answer.theme, answer.principleId, ""));
      if (answer.stance) rows.add(keyOf(answer.theme, answer.principleId, answer.stance));
    }
    const lenses = lensKeysOf(person.self);
    for (const row of rows) {
      bump(cells, keyOf(person.consultationId, person.language, row));
      for (const lens of lenses) bump(lensCells, keyOf(person.consultationId, lens, row));
    }
  }
  await getDb().summaryCell.createMany({
    data: [...cells].map(([key, contributions]) => {
      const [consultationId, language, theme, principleId, stance] = key.split("\u0000") as [string, string, string, string, string];
      return { consultationId, language, kind: "online" as const, theme, principleId, stance, contributions };
    }),
  });
  await getDb().summaryLensCell.createMany({
    data: [...lensCells].map(([key, contributions]) => {
      const [consultationId, lens, theme, principleId, stance] = key.split("\u0000") as [string, string, string, string, string];
      return { consultationId, lens, theme, principleId, stance, contributions };
    }),
  });
}
