import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { generateRecoveryCodes } from "./recovery-codes.server";
import { generateTotpSecret, isValidTotpCode, openTotpSecret, sealTotpSecret } from "./totp.server";

export const backupCodeCount = 10;

/**
 * The secret to show during enrolment. It is stored (sealed) straight away
 * so a reload shows the same QR code, but counts only once confirmed.
 */
export async function beginTotpEnrolment(staffUserId: string): Promise<{ secret: string; username: string }> {
  const db = getDb();
  const staff = await db.staffUser.findUniqueOrThrow({
    where: { id: staffUserId },
    select: { username: true, totpSecretCipher: true, totpEnabledAt: true },
  });
  if (staff.totpEnabledAt) throw new Error("This account already has an authenticator");
  if (staff.totpSecretCipher) return { secret: openTotpSecret(staffUserId, staff.totpSecretCipher), username: staff.username };
  const secret = generateTotpSecret();
  await db.staffUser.update({ where: { id: staffUserId }, data: { totpSecretCipher: sealTotpSecret(staffUserId, secret) } });
  return { secret, username: staff.username };
}

/** Confirms enrolment with a first code; returns the backup codes to show once, or null if the code is wrong. */
export async function confirmTotpEnrolment(staffUserId: string, code: string): Promise<string[] | null> {
  const db = getDb();
  const staff = await db.staffUser.findUniqueOrThrow({
    where: { id: staffUserId },
    select: { totpSecretCipher: true, totpEnabledAt: true },
  });
  if (!staff.totpSecretCipher || staff.totpEnabledAt) return null;
  if (!isValidTotpCode(openTotpSecret(staffUserId, staff.totpSecretCipher), code)) return null;
  const backup = await generateRecoveryCodes(backupCodeCount);
  await db.$transaction(async (tx) => {
    await tx.staffBackupCode.deleteMany({ where: { staffUserId } });
    await tx.staffBackupCode.createMany({ data: backup.hashes.map((codeHash) => ({ staffUserId, codeHash })) });
    await tx.staffUser.update({ where: { id: staffUserId }, data: { totpEnabledAt: new Date() } });
    await recordAuditEvent(tx, { actorKind: "staff", actorId: staffUserId, action: "staff.totp-enrolled", subjectType: "staffUser", subjectId: staffUserId });
  });
  return backup.codes;
}
