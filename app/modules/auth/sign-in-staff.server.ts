import { getDb } from "~/modules/db/db.server";
import { decoyPassphraseHash, verifyPassphrase } from "./passphrase.server";
import { limitSignInAttempt, type SignInAttempt } from "./sign-in-attempts.server";

const usernameKey = (username: string) => username.trim().toLowerCase();

/**
 * First step of staff sign-in: the staff user's id when username and
 * passphrase match an enabled account, otherwise null, at the same cost
 * either way. The session it leads to is useless until the second factor.
 */
export async function verifyStaffCredentials(username: string, passphrase: string): Promise<string | null> {
  const staff = await getDb().staffUser.findUnique({
    where: { username: usernameKey(username) },
    select: { id: true, passphraseHash: true, disabledAt: true },
  });
  if (!staff || staff.disabledAt) {
    await verifyPassphrase(await decoyPassphraseHash(), passphrase);
    return null;
  }
  return (await verifyPassphrase(staff.passphraseHash, passphrase)) ? staff.id : null;
}

/** /staff/login: the credentials, checked within the sign-in limits (see sign-in-attempts.server.ts). */
export function signInStaff(input: { username: string; passphrase: string; clientKey: string }): Promise<SignInAttempt<string>> {
  return limitSignInAttempt("staff", { account: usernameKey(input.username), client: input.clientKey }, () =>
    verifyStaffCredentials(input.username, input.passphrase),
  );
}
