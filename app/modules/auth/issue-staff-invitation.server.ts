import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { StaffRole } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export const invitationLifetimeMs = 72 * 60 * 60 * 1000;

export function invitationTokenHash(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * A single-use link that lets one person join an organisation in one role.
 * Only the token's hash is stored; the link is shown once to the issuer.
 */
export async function issueStaffInvitation(input: {
  organisationId: string;
  role: StaffRole;
  issuedById: string | null;
  now?: Date;
}): Promise<{ token: string; path: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
  await getDb().$transaction(async (tx) => {
    const invitation = await tx.staffInvitation.create({
      data: {
        tokenHash: invitationTokenHash(token),
        organisationId: input.organisationId,
        role: input.role,
        issuedById: input.issuedById,
        expiresAt,
      },
    });
    await recordAuditEvent(tx, {
      actorKind: input.issuedById ? "staff" : "system",
      actorId: input.issuedById,
      action: "staff.invited",
      subjectType: "staffInvitation",
      subjectId: invitation.id,
      organisationId: input.organisationId,
      details: { role: input.role },
    });
  });
  return { token, path: `/staff/invitation/${token}`, expiresAt };
}
