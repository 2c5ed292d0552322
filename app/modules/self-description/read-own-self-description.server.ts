/**
 * A participant's own self-description, decrypted for them alone: the
 * caller has established that the request is the contribution's author
 * (their account, or its receipt code). No staff page calls this; the
 * rollups read self-descriptions only to count them.
 */
import { DecryptionError } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { decryptForSubmission, openSubmissionKey, selfDescriptionContext } from "~/modules/submissions/submission-crypto.server";
import { dimensionNames, isDimension, normaliseDimensions, type Dimension, type SelfDescriptionValues } from "./dimensions";

export type OwnSelfDescription = {
  /** What the consultation asks now, in the shipped order. */
  asked: Dimension[];
  /** What the person said, or null (nothing saved, or no longer readable). */
  values: SelfDescriptionValues | null;
};

/** Null when the consultation asks for none and the person has said nothing: there is nothing to show. */
export async function readOwnSelfDescription(submissionId: string): Promise<OwnSelfDescription | null> {
  const row = await getDb().submission.findUnique({
    where: { id: submissionId },
    select: {
      status: true,
      key: { select: { wrappedKey: true } },
      selfDescription: { select: { valuesCipher: true } },
      consultation: { select: { selfDescriptionDimensions: true } },
    },
  });
  if (!row || row.status === "withdrawn" || row.status === "draft") return null;
  const asked = normaliseDimensions(row.consultation.selfDescriptionDimensions);
  let values: SelfDescriptionValues | null = null;
  if (row.selfDescription && row.key) {
    try {
      const dataKey = openSubmissionKey(submissionId, row.key.wrappedKey, getMasterKeyRing());
      const parsed = JSON.parse(decryptForSubmission(dataKey, row.selfDescription.valuesCipher, selfDescriptionContext(submissionId))) as Record<string, unknown>;
      // Only shipped dimensions, in their order (a document is never trusted to name anything else).
      values = Object.fromEntries(dimensionNames.filter((name) => isDimension(name) && parsed[name]).map((name) => [name, parsed[name]])) as SelfDescriptionValues;
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      values = null;
    }
  }
  if (asked.length === 0 && !values) return null;
  return { asked, values };
}
