/**
 * A contribution's self-description (SelfDescriptionValues as JSON) is
 * encrypted like its answers: under the submission's own data key, bound to
 * the submission (selfDescriptionContext), so withdrawal — which destroys
 * the key — makes it unreadable with everything else, and a cipher moved to
 * another row fails to open. Shared by the participant's save, the lens
 * rollup and the tests.
 */
import { decryptForSubmission, encryptForSubmission, selfDescriptionContext } from "~/modules/submissions/submission-crypto.server";
import { isDimension, selfDescribed, type SelfDescriptionValues } from "./dimensions";

export function encryptSelfDescription(dataKey: Buffer, values: SelfDescriptionValues, submissionId: string): string {
  return encryptForSubmission(dataKey, JSON.stringify(values), selfDescriptionContext(submissionId));
}

/**
 * The stored document back; throws when the cipher does not open (wrong key
 * or context, altered). Keeps only well-formed answers of known dimensions:
 * what a later version stored differently is read as "not answered".
 */
export function decryptSelfDescription(dataKey: Buffer, valuesCipher: string, submissionId: string): SelfDescriptionValues {
  const parsed: unknown = JSON.parse(decryptForSubmission(dataKey, valuesCipher, selfDescriptionContext(submissionId)));
  const values: SelfDescriptionValues = {};
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return values;
  for (const [dimension, answer] of Object.entries(parsed)) {
    if (!isDimension(dimension) || typeof answer !== "object" || answer === null) continue;
    const { value, words } = answer as { value?: unknown; words?: unknown };
    if (typeof value !== "string") continue;
    values[dimension] = value === selfDescribed && typeof words === "string" ? { value, words } : { value };
  }
  return values;
}
