import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isCommonPassphrase } from "./common-passphrases.server";
import { hashPassphrase, verifyPassphrase } from "./passphrase.server";
import { pseudonymLookup } from "./pseudonym.server";
import { findMatchingRecoveryCode, recoveryCodeCount } from "./recovery-codes.server";

/** The argon2 operations recovery uses; a seam so tests can count them. */
export type RecoveryHashing = {
  hash: (passphrase: string) => Promise<string>;
  verify: (hash: string, value: string) => Promise<boolean>;
};
const argon2: RecoveryHashing = { hash: hashPassphrase, verify: verifyPassphrase };

export type RecoverResult =
  | { ok: true; participantId: string }
  | { ok: false; field: "recoveryCode" | "passphrase"; error: string };

/**
 * Sets a new passphrase with a recovery code, using the code up and signing
 * the account out everywhere. An unknown pseudonym and a wrong code get the
 * same answer after the same work: eight code checks (padded with a decoy
 * hash when there are fewer unused codes or no account) and one hash of the
 * new passphrase, whether or not it will be kept.
 */
export async function recoverParticipantAccount(
  input: { pseudonym: string; recoveryCode: string; newPassphrase: string },
  hashing: RecoveryHashing = argon2,
): Promise<RecoverResult> {
  if (isCommonPassphrase(input.newPassphrase)) {
    return { ok: false, field: "passphrase", error: "auth.errors.passphraseCommon" };
  }
  const db = getDb();
  const participant = await db.participant.findUnique({
    where: { pseudonymKey: pseudonymLookup(input.pseudonym) },
    select: { id: true, recoveryCodes: { where: { usedOn: null }, select: { id: true, codeHash: true } } },
  });
  const codeId = await findMatchingRecoveryCode(
    participant?.recoveryCodes ?? [],
    input.recoveryCode,
    recoveryCodeCount,
    hashing.verify,
  );
  const passphraseHash = await hashing.hash(input.newPassphrase);
  if (!participant || !codeId) return { ok: false, field: "recoveryCode", error: "auth.errors.recoveryFailed" };

  const used = await db.$transaction(async (tx) => {
    // Only one request may spend a code: the update matches nothing if another already did.
    const spent = await tx.recoveryCode.updateMany({ where: { id: codeId, usedOn: null }, data: { usedOn: new Date() } });
    if (spent.count === 0) return false;
    await tx.participant.update({ where: { id: participant.id }, data: { passphraseHash } });
    await tx.session.deleteMany({ where: { participantId: participant.id } });
    await recordAuditEvent(tx, { actorKind: "participant", action: "participant.recovered", subjectType: "participant" });
    return true;
  });
  return used ? { ok: true, participantId: participant.id } : { ok: false, field: "recoveryCode", error: "auth.errors.recoveryFailed" };
}
