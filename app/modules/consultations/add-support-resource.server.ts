import type { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type AddResourceResult = { ok: true } | { ok: false; field: "language"; error: string };

/**
 * A support or referral service for the consultation's region, in one
 * language. Shown to participants on every sensitive page, so only
 * organisations' public contacts belong here, never a person's own.
 */
export async function addSupportResource(input: {
  consultationId: string;
  language: string;
  name: string;
  description: string;
  contact: string;
  actorId: string;
}): Promise<AddResourceResult> {
  return getDb().$transaction((tx) => addSupportResourceInTransaction(tx, { ...input, actor: { actorKind: "staff", actorId: input.actorId } }));
}

/** The same inside a caller's transaction (import-content saves a whole file in one). */
export async function addSupportResourceInTransaction(
  tx: Prisma.TransactionClient,
  input: { consultationId: string; language: string; name: string; description: string; contact: string; actor: AuditActor },
): Promise<AddResourceResult> {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: { languages: true, ...leadOrganisationSelect },
  });
  if (!consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const last = await tx.supportResource.aggregate({
    where: { consultationId: input.consultationId, language: input.language },
    _max: { position: true },
  });
  const resource = await tx.supportResource.create({
    data: {
      consultationId: input.consultationId,
      language: input.language,
      name: input.name,
      description: input.description,
      contact: input.contact,
      position: (last._max.position ?? 0) + 1,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    ...input.actor,
    action: "consultation.support-resource-added",
    subjectType: "support-resource",
    subjectId: resource.id,
    consultationId: input.consultationId,
    organisationId: consultation.hosts[0]?.organisationId ?? null,
    details: { language: input.language },
  });
  return { ok: true };
}
