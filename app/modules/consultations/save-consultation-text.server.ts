import type { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type SaveTextResult = { ok: true } | { ok: false; field: "language"; error: string };

/** Title, description and "what happens to your words" in one of the consultation's languages. */
export async function saveConsultationText(input: {
  consultationId: string;
  language: string;
  title: string;
  description: string;
  whatHappens: string;
  actorId: string;
}): Promise<SaveTextResult> {
  return getDb().$transaction((tx) => saveConsultationTextInTransaction(tx, { ...input, actor: { actorKind: "staff", actorId: input.actorId } }));
}

/** The same inside a caller's transaction (import-content saves a whole file in one). */
export async function saveConsultationTextInTransaction(
  tx: Prisma.TransactionClient,
  input: { consultationId: string; language: string; title: string; description: string; whatHappens: string; actor: AuditActor },
): Promise<SaveTextResult> {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: { languages: true, ...leadOrganisationSelect },
  });
  if (!consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const text = { title: input.title, description: input.description, whatHappens: input.whatHappens };
  await tx.consultationTranslation.upsert({
    where: { consultationId_language: { consultationId: input.consultationId, language: input.language } },
    create: { consultationId: input.consultationId, language: input.language, ...text },
    update: text,
  });
  await recordAuditEvent(tx, {
    ...input.actor,
    action: "consultation.text-saved",
    subjectType: "consultation",
    subjectId: input.consultationId,
    consultationId: input.consultationId,
    organisationId: consultation.hosts[0]?.organisationId ?? null,
    details: { language: input.language },
  });
  return { ok: true };
}
