import type { Theme } from "~/generated/prisma/enums";
import type { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isDraftVersionFrozen } from "~/modules/consultations/drafts/draft-version-freeze.server";
import { draftVersionOwnerSelect } from "~/modules/consultations/selects";

export type SavePrincipleResult = { ok: true } | { ok: false; field: "form" | "language"; error: string };

/**
 * Adds a principle to a draft version, or changes one (found by its
 * number): its theme, the content note, and its text in one language. Only
 * the owning organisation edits a document, and only a version nobody has
 * answered yet.
 */
export async function saveDraftPrinciple(input: {
  versionId: string;
  organisationId: string;
  number: number;
  theme: Theme;
  describesViolence: boolean;
  language: string;
  title: string;
  body: string;
  actorId: string;
}): Promise<SavePrincipleResult> {
  return getDb().$transaction((tx) => saveDraftPrincipleInTransaction(tx, { ...input, actor: { actorKind: "staff", actorId: input.actorId } }));
}

type PrincipleInput = Omit<Parameters<typeof saveDraftPrinciple>[0], "actorId"> & { actor: AuditActor };

/** The same inside a caller's transaction (import-content saves a whole file in one). */
export async function saveDraftPrincipleInTransaction(tx: Prisma.TransactionClient, input: PrincipleInput): Promise<SavePrincipleResult> {
  const version = await tx.draftVersion.findUnique({ where: { id: input.versionId }, select: draftVersionOwnerSelect });
  if (!version || version.document.organisationId !== input.organisationId) {
    return { ok: false, field: "form", error: "consultations:errors.draftNotEditable" };
  }
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  if (await isDraftVersionFrozen(input.versionId, tx)) return { ok: false, field: "form", error: "consultations:errors.draftFrozen" } as const;
  const principle = await tx.draftPrinciple.upsert({
    where: { versionId_number: { versionId: input.versionId, number: input.number } },
    create: { versionId: input.versionId, number: input.number, theme: input.theme, describesViolence: input.describesViolence },
    update: { theme: input.theme, describesViolence: input.describesViolence },
    select: { id: true },
  });
  const text = { title: input.title, body: input.body };
  await tx.draftPrincipleTranslation.upsert({
    where: { principleId_language: { principleId: principle.id, language: input.language } },
    create: { principleId: principle.id, language: input.language, ...text },
    update: text,
  });
  await recordAuditEvent(tx, {
    ...input.actor,
    action: "draft.principle-saved",
    subjectType: "draft-principle",
    subjectId: principle.id,
    organisationId: input.organisationId,
    details: { versionId: input.versionId, number: input.number, language: input.language },
  });
  return { ok: true } as const;
}
