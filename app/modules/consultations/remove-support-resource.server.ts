import type { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

/** Removes one resource, only from this consultation (an id from another one changes nothing, and records nothing). */
export async function removeSupportResource(input: { consultationId: string; resourceId: string; actorId: string }): Promise<void> {
  await getDb().$transaction((tx) => removeSupportResourceInTransaction(tx, { ...input, actor: { actorKind: "staff", actorId: input.actorId } }));
}

/** The same inside a caller's transaction (import-content saves a whole file in one). */
export async function removeSupportResourceInTransaction(
  tx: Prisma.TransactionClient,
  input: { consultationId: string; resourceId: string; actor: AuditActor },
): Promise<void> {
  const removed = await tx.supportResource.deleteMany({ where: { id: input.resourceId, consultationId: input.consultationId } });
  if (removed.count === 0) return;
  const consultation = await tx.consultation.findUniqueOrThrow({ where: { id: input.consultationId }, select: leadOrganisationSelect });
  await recordAuditEvent(tx, {
    ...input.actor,
    action: "consultation.support-resource-removed",
    subjectType: "support-resource",
    subjectId: input.resourceId,
    consultationId: input.consultationId,
    organisationId: consultation.hosts[0]?.organisationId ?? null,
  });
}
