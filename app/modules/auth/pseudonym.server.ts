/**
 * How a pseudonym is stored: never as typed. The row holds
 * - `pseudonymKey`, a keyed hash (CONVENE_HASH_SECRET) of the normal form, for
 *   uniqueness and sign-in: a database dump alone cannot be searched for a
 *   pseudonym, nor read as a list of them;
 * - `pseudonymCipher`, the pseudonym as typed, sealed under its own data key
 *   (wrapped by the master key, bound to the participant's id), shown back
 *   only to its owner.
 */
import { DecryptionError, openValue, sealValue, type MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { keyedHash } from "~/modules/safety/rate-limit.server";
import { logger } from "~/modules/logging/logger.server";
import { pseudonymKey } from "./credentials-rules";

export const participantPseudonymContext = (participantId: string) => `participant-pseudonym:${participantId}`;

/** The stored lookup for a pseudonym: "Río" and "RÍO" give the same one. */
export function pseudonymLookup(pseudonym: string): string {
  return keyedHash("pseudonym", pseudonymKey(pseudonym));
}

export function sealPseudonym(participantId: string, pseudonym: string, ring: MasterKeyRing = getMasterKeyRing()): string {
  return sealValue(pseudonym, ring, participantPseudonymContext(participantId));
}

/**
 * The participant's own pseudonym, for their pages; null when it cannot be
 * read (a lost key or an altered value — logged by id only), so the page
 * still works without it.
 */
export async function readOwnPseudonym(participantId: string): Promise<string | null> {
  const row = await getDb().participant.findUnique({ where: { id: participantId }, select: { pseudonymCipher: true } });
  if (!row?.pseudonymCipher) return null;
  try {
    return openValue(row.pseudonymCipher, getMasterKeyRing(), participantPseudonymContext(participantId));
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    logger.error({ participantId }, "a pseudonym could not be decrypted");
    return null;
  }
}
