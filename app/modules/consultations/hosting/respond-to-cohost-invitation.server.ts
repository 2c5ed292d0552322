import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type RespondResult = { ok: true } | { ok: false; error: string };

/**
 * The invited organisation's admin accepts or declines. Accepting is what
 * opens the consultation to that organisation's facilitators and drafters
 * (the permission policy reads accepted hosting on every request).
 */
export async function respondToCohostInvitation(input: {
  hostId: string;
  organisationId: string;
  decision: "accept" | "decline";
  actorId: string;
  now?: Date;
}): Promise<RespondResult> {
  const now = input.now ?? new Date();
  return getDb().$transaction(async (tx) => {
    // Only a pending invitation addressed to this organisation changes.
    const answered = await tx.consultationHost.updateMany({
      where: { id: input.hostId, organisationId: input.organisationId, role: "cohost", invitation: "pending" },
      data: { invitation: input.decision === "accept" ? "accepted" : "declined", respondedAt: now },
    });
    if (answered.count === 0) return { ok: false, error: "consultations:errors.invitationAnswered" };
    const host = await tx.consultationHost.findUniqueOrThrow({ where: { id: input.hostId }, select: { consultationId: true } });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: input.decision === "accept" ? "consultation.cohost-accepted" : "consultation.cohost-declined",
      subjectType: "consultationHost",
      subjectId: input.hostId,
      consultationId: host.consultationId,
      organisationId: input.organisationId,
    });
    return { ok: true } as const;
  });
}
