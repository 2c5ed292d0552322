import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isDraftVersionFrozen } from "~/modules/consultations/drafts/draft-version-freeze.server";
import { draftVersionOwnerSelect } from "~/modules/consultations/selects";

export type RemovePrincipleResult = { ok: true } | { ok: false; error: string };

/** Removes a principle from a version nobody has answered yet (questions tied to it lose the link). */
export async function removeDraftPrinciple(input: { versionId: string; organisationId: string; number: number; actorId: string }): Promise<RemovePrincipleResult> {
  const db = getDb();
  const version = await db.draftVersion.findUnique({ where: { id: input.versionId }, select: draftVersionOwnerSelect });
  if (!version || version.document.organisationId !== input.organisationId) {
    return { ok: false, error: "consultations:errors.draftNotEditable" };
  }
  return db.$transaction(async (tx) => {
    if (await isDraftVersionFrozen(input.versionId, tx)) return { ok: false, error: "consultations:errors.draftFrozen" } as const;
    const removed = await tx.draftPrinciple.deleteMany({ where: { versionId: input.versionId, number: input.number } });
    if (removed.count === 0) return { ok: false, error: "consultations:errors.principleGone" } as const;
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "draft.principle-removed",
      subjectType: "draft-version",
      subjectId: input.versionId,
      organisationId: input.organisationId,
      details: { number: input.number },
    });
    return { ok: true } as const;
  });
}
