import { getDb } from "~/modules/db/db.server";
import { hashPassphrase, verifyPassphrase } from "./passphrase.server";

let decoyHash: Promise<string> | undefined;

/**
 * First step of staff sign-in: the staff user's id when username and
 * passphrase match an enabled account, otherwise null, at the same cost
 * either way. The session it leads to is useless until the second factor.
 */
export async function verifyStaffCredentials(username: string, passphrase: string): Promise<string | null> {
  const staff = await getDb().staffUser.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, passphraseHash: true, disabledAt: true },
  });
  if (!staff || staff.disabledAt) {
    decoyHash ??= hashPassphrase("decoy passphrase never used by anyone");
    await verifyPassphrase(await decoyHash, passphrase);
    return null;
  }
  return (await verifyPassphrase(staff.passphraseHash, passphrase)) ? staff.id : null;
}
