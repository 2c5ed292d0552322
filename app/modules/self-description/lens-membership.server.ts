/**
 * Which of some contributions belong to a lens's group — for one purpose
 * only: a lens view's quotes (rule 5 of issue 13: a quote appears in a lens
 * view only if its author is in the group and the group's cell is shown).
 * It answers a set of ids the caller already holds and never a list to
 * page through: no route lists contributions by a self-description value
 * (tests/http/no-self-description-listing.test.ts checks who imports it).
 *
 * Each SelfDescription is decrypted under its contribution's data key,
 * bound to its submission; one that cannot be read counts as not in the
 * group (a quote left out is the safe side).
 */
import { DecryptionError } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { logger } from "~/modules/logging/logger.server";
import { decryptForSubmission, openSubmissionKey, selfDescriptionContext } from "~/modules/submissions/submission-crypto.server";
import { lensKey, lensKeysOf, type Lens, type SelfDescriptionValues } from "./dimensions";

export async function lensMembers(submissionIds: readonly string[], lens: Lens): Promise<Set<string>> {
  const members = new Set<string>();
  if (submissionIds.length === 0) return members;
  const rows = await getDb().selfDescription.findMany({
    where: { submissionId: { in: [...new Set(submissionIds)] } },
    select: { submissionId: true, valuesCipher: true, submission: { select: { key: { select: { wrappedKey: true } } } } },
  });
  const ring = getMasterKeyRing();
  const wanted = lensKey(lens);
  for (const row of rows) {
    const wrappedKey = row.submission.key?.wrappedKey;
    // A withdrawn contribution's key is gone: nothing of it is read, nor counted.
    if (!wrappedKey) continue;
    let values: SelfDescriptionValues;
    try {
      const dataKey = openSubmissionKey(row.submissionId, wrappedKey, ring);
      values = JSON.parse(decryptForSubmission(dataKey, row.valuesCipher, selfDescriptionContext(row.submissionId))) as SelfDescriptionValues;
    } catch (error) {
      if (!(error instanceof DecryptionError) && !(error instanceof SyntaxError)) throw error;
      logger.error({ submissionId: row.submissionId }, "a self-description could not be decrypted");
      continue;
    }
    if (lensKeysOf(values).includes(wanted)) members.add(row.submissionId);
  }
  return members;
}
