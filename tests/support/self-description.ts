/**
 * Seeding self-descriptions for tests (issue 13).
 *
 * - seedSelfDescription: one contribution's SelfDescription row, encrypted
 *   the way the app stores it (under the contribution's data key, bound to
 *   selfDescriptionContext). Local until encryptSelfDescription lands on main
 *   (self-description-cipher.server.ts): then call that instead.
 * - seedSummaryWorld: a synthetic set of people written straight into the
 *   rollups, SummaryCell and SummaryLensCell, counted the way the facts are
 *   (distinct people per consultation × theme × principle × stance, lens
 *   keys from lensKeysOf). INTERIM: SummaryLensCell is written here until
 *   the lens rollup (branch lensroll) is merged; the lead can then seed
 *   contributions and run the real refresh instead.
 */
import { getDb } from "~/modules/db/db.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { lensKeysOf, type SelfDescriptionValues } from "~/modules/self-description/dimensions";
import { encryptForSubmission, openSubmissionKey, selfDescriptionContext } from "~/modules/submissions/submission-crypto.server";

export async function seedSelfDescription(submissionId: string, values: SelfDescriptionValues): Promise<void> {
  const { wrappedKey } = await getDb().submissionKey.findUniqueOrThrow({ where: { submissionId }, select: { wrappedKey: true } });
  const dataKey = openSubmissionKey(submissionId, wrappedKey, getMasterKeyRing());
  await getDb().selfDescription.create({
    data: { submissionId, valuesCipher: encryptForSubmission(dataKey, JSON.stringify(values), selfDescriptionContext(submissionId)), consentedOn: new Date() },
  });
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
