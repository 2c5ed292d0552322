import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

/**
 * Ends a co-hosting (or withdraws an invitation). The hosting row is
 * deleted, and because the permission policy reads hosting on every
 * request, that organisation's staff lose access with their next request —
 * no session has to end. Input they moderated stays with the consultation.
 */
export async function removeCohost(input: { consultationId: string; organisationId: string; actorId: string }): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const host = await tx.consultationHost.findUnique({
      where: { consultationId_organisationId: { consultationId: input.consultationId, organisationId: input.organisationId } },
      select: { id: true, role: true, invitation: true },
    });
    // The lead is never removed this way: a consultation always has a lead.
    if (!host || host.role !== "cohost") return false;
    await tx.consultationHost.delete({ where: { id: host.id } });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.cohost-removed",
      subjectType: "consultationHost",
      subjectId: host.id,
      consultationId: input.consultationId,
      organisationId: input.organisationId,
      details: { wasAccepted: host.invitation === "accepted" },
    });
    return true;
  });
}
