import { getDb } from "~/modules/db/db.server";
import { pseudonymLookup } from "./pseudonym.server";
import { hashPassphrase, verifyPassphrase } from "./passphrase.server";

let decoyHash: Promise<string> | undefined;

/**
 * The participant's id when pseudonym and passphrase match, otherwise null.
 * An unknown pseudonym costs the same argon2 work as a wrong passphrase, so
 * neither the answer nor its timing says whether a pseudonym exists.
 */
export async function verifyParticipantCredentials(pseudonym: string, passphrase: string): Promise<string | null> {
  const participant = await getDb().participant.findUnique({
    where: { pseudonymKey: pseudonymLookup(pseudonym) },
    select: { id: true, passphraseHash: true },
  });
  if (!participant) {
    decoyHash ??= hashPassphrase("decoy passphrase never used by anyone");
    await verifyPassphrase(await decoyHash, passphrase);
    return null;
  }
  return (await verifyPassphrase(participant.passphraseHash, passphrase)) ? participant.id : null;
}
