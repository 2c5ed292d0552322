import type { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "~/modules/audit/record-audit-event.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type SaveConsentTextResult = { ok: true; version: number | null } | { ok: false; error: "languageInvalid" | "consentInUse" };

/**
 * Only inside another use case's transaction.
 *
 * A consent text is never edited in place: each consent record points at
 * the exact text its person agreed to. A changed text is a new version in
 * that language (the participant pages show the newest). While the
 * consultation is open (or was), people may be reading or have agreed to
 * the current wording, so changing it is refused; a language that has no
 * consent text yet may always be added. The same text again changes nothing.
 */
export async function saveConsentTextInTransaction(
  tx: Prisma.TransactionClient,
  input: { consultationId: string; language: string; body: string; actor: AuditActor },
): Promise<SaveConsentTextResult> {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: { languages: true, status: true, ...leadOrganisationSelect },
  });
  if (!consultation.languages.includes(input.language)) return { ok: false, error: "languageInvalid" };
  const latest = await tx.consentText.findFirst({
    where: { consultationId: input.consultationId, language: input.language },
    orderBy: { version: "desc" },
    select: { version: true, body: true },
  });
  if (latest?.body === input.body) return { ok: true, version: null };
  if (latest && consultation.status !== "draft") return { ok: false, error: "consentInUse" };
  const version = (latest?.version ?? 0) + 1;
  const created = await tx.consentText.create({
    data: { consultationId: input.consultationId, language: input.language, version, body: input.body },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    ...input.actor,
    action: "consultation.consent-text-saved",
    subjectType: "consent-text",
    subjectId: created.id,
    consultationId: input.consultationId,
    organisationId: consultation.hosts[0]?.organisationId ?? null,
    details: { language: input.language, version },
  });
  return { ok: true, version };
}
