import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

/** Removes one resource, only from this consultation (an id from another one changes nothing, and records nothing). */
export async function removeSupportResource(input: { consultationId: string; resourceId: string; actorId: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const removed = await tx.supportResource.deleteMany({ where: { id: input.resourceId, consultationId: input.consultationId } });
    if (removed.count === 0) return;
    const consultation = await tx.consultation.findUniqueOrThrow({ where: { id: input.consultationId }, select: leadOrganisationSelect });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.support-resource-removed",
      subjectType: "support-resource",
      subjectId: input.resourceId,
      consultationId: input.consultationId,
      organisationId: consultation.hosts[0]?.organisationId ?? null,
    });
  });
}
