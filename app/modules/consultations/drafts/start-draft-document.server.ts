import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type StartDraftDocumentResult = { ok: true; versionId: string } | { ok: false; field: "documentSlug"; error: string };

/** A new, empty draft document owned by the lead organisation; its version 1 becomes this consultation's draft. */
export async function startDraftDocument(input: {
  consultationId: string;
  organisationId: string;
  documentSlug: string;
  documentTitle: string;
  actorId: string;
}): Promise<StartDraftDocumentResult> {
  const db = getDb();
  if (await db.draftDocument.findUnique({ where: { slug: input.documentSlug }, select: { id: true } })) {
    return { ok: false, field: "documentSlug", error: "consultations:errors.documentSlugTaken" };
  }
  try {
    const versionId = await db.$transaction(async (tx) => {
      const document = await tx.draftDocument.create({
        data: {
          slug: input.documentSlug,
          title: input.documentTitle,
          organisationId: input.organisationId,
          versions: { create: { number: 1 } },
        },
        select: { id: true, versions: { select: { id: true } } },
      });
      const version = document.versions[0]!;
      await tx.consultation.update({ where: { id: input.consultationId }, data: { draftVersionId: version.id } });
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "draft.document-created",
        subjectType: "draftDocument",
        subjectId: document.id,
        consultationId: input.consultationId,
        organisationId: input.organisationId,
        details: { slug: input.documentSlug },
      });
      return version.id;
    });
    return { ok: true, versionId };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "documentSlug", error: "consultations:errors.documentSlugTaken" };
    }
    throw error;
  }
}
