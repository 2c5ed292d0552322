import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isCommonPassphrase } from "./common-passphrases.server";
import { hashPassphrase } from "./passphrase.server";
import { pseudonymLookup } from "./pseudonym.server";
import { findMatchingRecoveryCode } from "./recovery-codes.server";

export type RecoverResult =
  | { ok: true; participantId: string }
  | { ok: false; field: "recoveryCode" | "passphrase"; error: string };

/**
 * Sets a new passphrase with a recovery code, using the code up and signing
 * the account out everywhere. An unknown pseudonym and a wrong code get the
 * same answer.
 */
export async function recoverParticipantAccount(input: {
  pseudonym: string;
  recoveryCode: string;
  newPassphrase: string;
}): Promise<RecoverResult> {
  if (isCommonPassphrase(input.newPassphrase)) {
    return { ok: false, field: "passphrase", error: "auth.errors.passphraseCommon" };
  }
  const db = getDb();
  const participant = await db.participant.findUnique({
    where: { pseudonymKey: pseudonymLookup(input.pseudonym) },
    select: { id: true, recoveryCodes: { where: { usedOn: null }, select: { id: true, codeHash: true } } },
  });
  const codeId = participant ? await findMatchingRecoveryCode(participant.recoveryCodes, input.recoveryCode) : null;
  if (!participant || !codeId) return { ok: false, field: "recoveryCode", error: "auth.errors.recoveryFailed" };

  const passphraseHash = await hashPassphrase(input.newPassphrase);
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
