import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { backupCodeCount } from "./enrol-staff-totp.server";
import { findMatchingRecoveryCode } from "./recovery-codes.server";
import { openTotpSecret, totpStepOf } from "./totp.server";

export type SecondFactorResult = "totp" | "backup" | "code-used" | null;

/**
 * Second step of staff sign-in: a current authentication code, or one of the
 * backup codes (which is then used up). Returns which one worked, "code-used"
 * for an authentication code whose time step was already accepted (each
 * code works once, even within its 30 seconds), or null.
 */
export async function verifyStaffSecondFactor(staffUserId: string, code: string, now = Date.now()): Promise<SecondFactorResult> {
  const db = getDb();
  const staff = await db.staffUser.findUnique({
    where: { id: staffUserId },
    select: {
      totpSecretCipher: true,
      totpEnabledAt: true,
      backupCodes: { where: { usedAt: null }, select: { id: true, codeHash: true } },
    },
  });
  if (!staff?.totpSecretCipher || !staff.totpEnabledAt) return null;
  const step = totpStepOf(openTotpSecret(staffUserId, staff.totpSecretCipher), code, now);
  if (step !== null) {
    // Compare-and-set: of two requests with the same code, only one moves the step forward.
    const accepted = await db.staffUser.updateMany({
      where: { id: staffUserId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return accepted.count === 1 ? "totp" : "code-used";
  }
  if (/^\d{6}$/.test(code.trim())) return null;
  const backupCodeId = await findMatchingRecoveryCode(staff.backupCodes, code, backupCodeCount);
  if (!backupCodeId) return null;
  const spent = await db.$transaction(async (tx) => {
    const updated = await tx.staffBackupCode.updateMany({ where: { id: backupCodeId, usedAt: null }, data: { usedAt: new Date() } });
    if (updated.count === 1) {
      await recordAuditEvent(tx, { actorKind: "staff", actorId: staffUserId, action: "staff.backup-code-used", subjectType: "staffUser", subjectId: staffUserId });
    }
    return updated.count === 1;
  });
  return spent ? "backup" : null;
}
