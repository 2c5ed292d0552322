import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type LeaveResult = { ok: true; organisationName: string } | { ok: false; error: string };

/**
 * A co-host organisation stops co-hosting, on its own admin's word. Like a
 * removal by the lead, the hosting row goes and its staff lose access with
 * their next request; what they already did stays with the consultation.
 * The lead cannot leave: a consultation always has a lead.
 */
export async function leaveConsultation(input: { consultationId: string; organisationId: string; actorId: string }): Promise<LeaveResult> {
  return getDb().$transaction(async (tx) => {
    const host = await tx.consultationHost.findUnique({
      where: { consultationId_organisationId: { consultationId: input.consultationId, organisationId: input.organisationId } },
      select: { id: true, role: true, invitation: true, organisation: { select: { name: true } } },
    });
    if (!host || host.role !== "cohost" || host.invitation !== "accepted") return { ok: false, error: "cohosting.errors.notCohost" };
    await tx.consultationHost.delete({ where: { id: host.id } });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.cohost-left",
      subjectType: "consultationHost",
      subjectId: host.id,
      consultationId: input.consultationId,
      organisationId: input.organisationId,
    });
    return { ok: true, organisationName: host.organisation.name };
  });
}
