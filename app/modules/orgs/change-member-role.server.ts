import type { StaffRole } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isLastAdmin, type MemberChangeResult } from "./manage-members.server";

/**
 * Changes one membership's role. Someone who already holds the new role
 * there simply loses the old one (one row per person × organisation × role).
 * The last admin cannot be demoted.
 */
export async function changeMemberRole(input: {
  organisationId: string;
  membershipId: string;
  role: StaffRole;
  actorId: string;
}): Promise<MemberChangeResult> {
  return getDb().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, organisationId: input.organisationId },
      select: { id: true, role: true, organisationId: true, staffUserId: true, staffUser: { select: { username: true } } },
    });
    if (!membership) return { ok: false, error: "admin.errors.memberGone" };
    if (membership.role === input.role) return { ok: false, field: "role", error: "admin.errors.sameRole" };
    if (await isLastAdmin(tx, membership)) return { ok: false, field: "role", error: "admin.errors.lastAdmin" };
    const holdsNewRole = await tx.membership.findUnique({
      where: { staffUserId_organisationId_role: { staffUserId: membership.staffUserId, organisationId: input.organisationId, role: input.role } },
      select: { id: true },
    });
    if (holdsNewRole) await tx.membership.delete({ where: { id: membership.id } });
    else await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "staff.role-changed",
      subjectType: "staffUser",
      subjectId: membership.staffUserId,
      organisationId: input.organisationId,
      details: { from: membership.role, to: input.role },
    });
    return { ok: true, username: membership.staffUser.username };
  });
}
