import { getDb } from "~/modules/db/db.server";
import { isDraftVersionFrozen } from "~/modules/consultations/drafts/draft-version-freeze.server";

export type RemovePrincipleResult = { ok: true } | { ok: false; error: string };

/** Removes a principle from a version nobody has answered yet (questions tied to it lose the link). */
export async function removeDraftPrinciple(input: { versionId: string; organisationId: string; number: number }): Promise<RemovePrincipleResult> {
  const db = getDb();
  const version = await db.draftVersion.findUnique({ where: { id: input.versionId }, select: { document: { select: { organisationId: true } } } });
  if (!version || version.document.organisationId !== input.organisationId) {
    return { ok: false, error: "consultations:errors.draftNotEditable" };
  }
  return db.$transaction(async (tx) => {
    if (await isDraftVersionFrozen(input.versionId, tx)) return { ok: false, error: "consultations:errors.draftFrozen" } as const;
    await tx.draftPrinciple.deleteMany({ where: { versionId: input.versionId, number: input.number } });
    return { ok: true } as const;
  });
}
