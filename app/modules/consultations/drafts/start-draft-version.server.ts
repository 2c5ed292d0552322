import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type StartVersionResult = { ok: true; versionId: string; number: number } | { ok: false; error: string };

/**
 * A new version of a draft document, starting as a copy of `fromVersionId`
 * (principles and every translation). It is new rows throughout, so input
 * linked to the old principles keeps pointing at exactly what it answered.
 * Consultations keep their version until an admin chooses the new one.
 */
export async function startDraftVersion(input: { fromVersionId: string; organisationId: string; actorId: string }): Promise<StartVersionResult> {
  return getDb().$transaction(async (tx) => {
    const from = await tx.draftVersion.findUnique({
      where: { id: input.fromVersionId },
      select: {
        documentId: true,
        document: { select: { organisationId: true } },
        principles: {
          select: {
            number: true,
            theme: true,
            describesViolence: true,
            translations: { select: { language: true, title: true, body: true } },
          },
        },
      },
    });
    if (!from || from.document.organisationId !== input.organisationId) {
      return { ok: false, error: "consultations:errors.draftNotEditable" };
    }
    // Serialise version numbering per document.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`convene:draft-version:${from.documentId}`}))`;
    const latest = await tx.draftVersion.aggregate({ where: { documentId: from.documentId }, _max: { number: true } });
    const number = (latest._max.number ?? 0) + 1;
    const version = await tx.draftVersion.create({ data: { documentId: from.documentId, number }, select: { id: true } });
    for (const principle of from.principles) {
      await tx.draftPrinciple.create({
        data: {
          versionId: version.id,
          number: principle.number,
          theme: principle.theme,
          describesViolence: principle.describesViolence,
          translations: { createMany: { data: principle.translations } },
        },
      });
    }
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "draft.version-created",
      subjectType: "draftVersion",
      subjectId: version.id,
      organisationId: input.organisationId,
      details: { number },
    });
    return { ok: true, versionId: version.id, number } as const;
  });
}
