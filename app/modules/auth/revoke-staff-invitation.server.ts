import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type RevokeInvitationResult = { ok: true } | { ok: false; error: string };

/**
 * Withdraws an invitation nobody has used yet. The row stays, marked, so
 * the link can say it was withdrawn and whom to ask.
 */
export async function revokeStaffInvitation(input: {
  organisationId: string;
  invitationId: string;
  actorId: string;
  now?: Date;
}): Promise<RevokeInvitationResult> {
  const now = input.now ?? new Date();
  return getDb().$transaction(async (tx) => {
    const invitation = await tx.staffInvitation.findFirst({
      where: { id: input.invitationId, organisationId: input.organisationId },
      select: { id: true, role: true },
    });
    if (!invitation) return { ok: false, error: "admin.errors.invitationGone" };
    const revoked = await tx.staffInvitation.updateMany({
      where: { id: invitation.id, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) return { ok: false, error: "admin.errors.invitationGone" };
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "staff.invitation-revoked",
      subjectType: "staffInvitation",
      subjectId: invitation.id,
      organisationId: input.organisationId,
      details: { role: invitation.role },
    });
    return { ok: true } as const;
  });
}
