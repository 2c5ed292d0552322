import { getDb } from "~/modules/db/db.server";
import { pseudonymKey } from "./credentials-rules";
import { decoyPassphraseHash, verifyPassphrase } from "./passphrase.server";
import { pseudonymLookup } from "./pseudonym.server";
import { limitSignInAttempt, type SignInAttempt } from "./sign-in-attempts.server";

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
    await verifyPassphrase(await decoyPassphraseHash(), passphrase);
    return null;
  }
  return (await verifyPassphrase(participant.passphraseHash, passphrase)) ? participant.id : null;
}

/** /login: the credentials, checked within the sign-in limits (see sign-in-attempts.server.ts). */
export function signInParticipant(input: { pseudonym: string; passphrase: string; clientKey: string }): Promise<SignInAttempt<string>> {
  return limitSignInAttempt("participant", { account: pseudonymKey(input.pseudonym), client: input.clientKey }, () =>
    verifyParticipantCredentials(input.pseudonym, input.passphrase),
  );
}
