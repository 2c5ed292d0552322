import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isLastAdmin, type MemberChangeResult } from "./manage-members.server";

/**
 * Takes one role in this organisation away from a person (a membership is
 * person × organisation × role). Their account stays, and so do their other
 * roles and organisations; access follows memberships on every request, so
 * it ends with their next one. The last admin cannot be removed.
 */
export async function removeMember(input: { organisationId: string; membershipId: string; actorId: string }): Promise<MemberChangeResult> {
  return getDb().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, organisationId: input.organisationId },
      select: { id: true, role: true, organisationId: true, staffUserId: true, staffUser: { select: { username: true } } },
    });
    if (!membership) return { ok: false, error: "admin.errors.memberGone" };
    if (await isLastAdmin(tx, membership)) return { ok: false, error: "admin.errors.lastAdmin" };
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "staff.member-removed",
      subjectType: "staffUser",
      subjectId: membership.staffUserId,
      organisationId: input.organisationId,
      details: { role: membership.role },
    });
    return { ok: true, username: membership.staffUser.username };
  });
}
