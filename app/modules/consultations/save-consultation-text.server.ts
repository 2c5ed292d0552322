import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
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
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: { languages: true, ...leadOrganisationSelect },
  });
  if (!consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const text = { title: input.title, description: input.description, whatHappens: input.whatHappens };
  await db.$transaction(async (tx) => {
    await tx.consultationTranslation.upsert({
      where: { consultationId_language: { consultationId: input.consultationId, language: input.language } },
      create: { consultationId: input.consultationId, language: input.language, ...text },
      update: text,
    });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.text-saved",
      subjectType: "consultation",
      subjectId: input.consultationId,
      consultationId: input.consultationId,
      organisationId: consultation.hosts[0]?.organisationId ?? null,
      details: { language: input.language },
    });
  });
  return { ok: true };
}
