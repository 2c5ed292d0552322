import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { openValue, sealValue } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { generateRecoveryCodes } from "./recovery-codes.server";
import { generateTotpSecret, sealTotpSecret, totpStepOf } from "./totp.server";

export const backupCodeCount = 10;
/** How long a shown QR code stays valid: time to find the phone and scan, not to leave the page open for a day. */
export const pendingEnrolmentSeconds = 30 * 60;

/** The pending secret is bound to the account and to the session that was shown it. */
const pendingContext = (staffUserId: string, sessionId: string) => `staff-totp-pending:${staffUserId}:${sessionId}`;

type Pending = { secret: string; issuedAt: number };

function openPending(staffUserId: string, sessionId: string, sealed: string | null, now: number): Pending | null {
  if (!sealed) return null;
  try {
    const pending = JSON.parse(openValue(sealed, getMasterKeyRing(), pendingContext(staffUserId, sessionId))) as Pending;
    const fresh = now - pending.issuedAt < pendingEnrolmentSeconds * 1000 && pending.issuedAt <= now;
    return fresh && typeof pending.secret === "string" ? pending : null;
  } catch {
    // Altered, from another session or sealed under a retired key: start again.
    return null;
  }
}

/**
 * The secret to show during enrolment (GET): nothing is written. It travels
 * sealed with the master key in a short-lived cookie (`sealed`), so a reload
 * shows the same QR code; the account gets it only when a first code proves
 * the authenticator has it (confirmTotpEnrolment).
 */
export async function beginTotpEnrolment(
  actor: { staffUserId: string; sessionId: string },
  sealed: string | null,
  now = Date.now(),
): Promise<{ secret: string; username: string; sealed: string }> {
  const staff = await getDb().staffUser.findUniqueOrThrow({
    where: { id: actor.staffUserId },
    select: { username: true, totpEnabledAt: true },
  });
  if (staff.totpEnabledAt) throw new Error("This account already has an authenticator");
  const pending = openPending(actor.staffUserId, actor.sessionId, sealed, now);
  if (pending && sealed) return { secret: pending.secret, username: staff.username, sealed };
  const fresh: Pending = { secret: generateTotpSecret(), issuedAt: now };
  return {
    secret: fresh.secret,
    username: staff.username,
    sealed: sealValue(JSON.stringify(fresh), getMasterKeyRing(), pendingContext(actor.staffUserId, actor.sessionId)),
  };
}

export type ConfirmEnrolmentResult =
  | { kind: "enrolled"; backupCodes: string[] }
  | { kind: "expired" }
  | { kind: "wrong-code" }
  | { kind: "already-enrolled" };

/**
 * Enrolment (POST) with a first code from the authenticator: writes the
 * sealed secret, the code's time step (so the same code cannot then sign in)
 * and the backup codes to show once, in one transaction.
 */
export async function confirmTotpEnrolment(
  actor: { staffUserId: string; sessionId: string },
  sealed: string | null,
  code: string,
  now = Date.now(),
): Promise<ConfirmEnrolmentResult> {
  const { staffUserId } = actor;
  const pending = openPending(staffUserId, actor.sessionId, sealed, now);
  if (!pending) return { kind: "expired" };
  const step = totpStepOf(pending.secret, code, now);
  if (step === null) return { kind: "wrong-code" };
  const backup = await generateRecoveryCodes(backupCodeCount);
  const enrolled = await getDb().$transaction(async (tx) => {
    // Two tabs confirming at once: only the first one enrols.
    const updated = await tx.staffUser.updateMany({
      where: { id: staffUserId, totpEnabledAt: null },
      data: { totpSecretCipher: sealTotpSecret(staffUserId, pending.secret), totpEnabledAt: new Date(now), totpLastStep: step },
    });
    if (updated.count === 0) return false;
    await tx.staffBackupCode.deleteMany({ where: { staffUserId } });
    await tx.staffBackupCode.createMany({ data: backup.hashes.map((codeHash) => ({ staffUserId, codeHash })) });
    await recordAuditEvent(tx, { actorKind: "staff", actorId: staffUserId, action: "staff.totp-enrolled", subjectType: "staffUser", subjectId: staffUserId });
    return true;
  });
  return enrolled ? { kind: "enrolled", backupCodes: backup.codes } : { kind: "already-enrolled" };
}
