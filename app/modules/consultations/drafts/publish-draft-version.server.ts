import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { listUsableDraftDocuments } from "~/modules/consultations/drafts/list-usable-draft-documents.server";
import { switchDraftVersionInTransaction } from "~/modules/consultations/drafts/switch-draft-version.server";

export type PublishVersionResult = { ok: true } | { ok: false; error: string };

/**
 * Publishes a draft version to a consultation: participants read it from
 * now on. The consultation's questions follow their principle to the new
 * version by number (a question whose principle is gone loses the link).
 * Submissions and answers are not touched: they keep the version and the
 * principle rows they were given on.
 */
export async function publishDraftVersion(input: {
  consultationId: string;
  versionId: string;
  leadOrganisationId: string;
  actorId: string;
  /** The person confirmed the switch: needed while the consultation is open, since participants read it now. */
  confirmed?: boolean;
}): Promise<PublishVersionResult> {
  const usable = await listUsableDraftDocuments(input.leadOrganisationId);
  const document = usable.find((candidate) => candidate.versions.some((version) => version.id === input.versionId));
  if (!document) return { ok: false, error: "consultations:errors.versionRequired" };
  return getDb().$transaction(async (tx) => {
    const consultation = await tx.consultation.findUniqueOrThrow({
      where: { id: input.consultationId },
      select: { status: true, draftVersion: { select: { id: true, number: true } } },
    });
    if (consultation.draftVersion?.id === input.versionId) return { ok: true } as const;
    if (consultation.status === "open" && !input.confirmed) return { ok: false, error: "consultations:errors.switchNeedsConfirmation" } as const;
    await switchDraftVersionInTransaction(tx, input.consultationId, input.versionId);
    const version = document.versions.find((candidate) => candidate.id === input.versionId);
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "consultation.draft-version-changed",
      subjectType: "consultation",
      subjectId: input.consultationId,
      consultationId: input.consultationId,
      organisationId: input.leadOrganisationId,
      details: { document: document.slug, from: consultation.draftVersion?.number ?? null, to: version?.number ?? null },
    });
    return { ok: true } as const;
  });
}
