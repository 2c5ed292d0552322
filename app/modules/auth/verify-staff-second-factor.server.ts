import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { findMatchingRecoveryCode } from "./recovery-codes.server";
import { isValidTotpCode, openTotpSecret } from "./totp.server";

/**
 * Second step of staff sign-in: a current authentication code, or one of the
 * backup codes (which is then used up). Returns which one worked, or null.
 */
export async function verifyStaffSecondFactor(staffUserId: string, code: string): Promise<"totp" | "backup" | null> {
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
  if (isValidTotpCode(openTotpSecret(staffUserId, staff.totpSecretCipher), code)) return "totp";
  const backupCodeId = /^\d{6}$/.test(code.trim()) ? null : await findMatchingRecoveryCode(staff.backupCodes, code);
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
