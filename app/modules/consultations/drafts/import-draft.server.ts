import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { parseDraftFile, type DraftFileProblem } from "~/modules/consultations/drafts/draft-file";
import { switchDraftVersionInTransaction } from "~/modules/consultations/drafts/switch-draft-version.server";

export type ImportDraftResult =
  | { ok: true; documentSlug: string; version: number; principles: number; createdDocument: boolean; usedIn: string[] }
  | { ok: false; problems: DraftFileProblem[] };

/** A refusal found while writing (after the file itself was valid); it rolls the transaction back. */
class ImportRefused extends Error {
  constructor(readonly problem: DraftFileProblem) {
    super(problem.message);
  }
}

/**
 * Loads a draft document's new version, with every translation, from a
 * JSON or Markdown file (see draft-file.ts). The whole file is checked
 * before anything is written, and everything is written in one
 * transaction: a refused file leaves the database exactly as it was.
 *
 * - A new document is created when its address is unknown (owned by
 *   `organisationSlug` when given, otherwise shared with every organisation).
 * - Otherwise the file becomes the next version (or the version it names,
 *   which must not exist yet). Earlier versions and the input given on
 *   them are untouched.
 * - `useIn` publishes the new version to those consultations at once.
 */
export async function importDraft(input: {
  source: string;
  fileName: string;
  organisationSlug?: string | null;
  useIn?: readonly string[];
}): Promise<ImportDraftResult> {
  const parsed = parseDraftFile(input.source, input.fileName);
  if (!parsed.ok) return parsed;
  const { draft } = parsed;
  try {
    const result = await getDb().$transaction(
      async (tx) => {
        let organisationId: string | null = null;
        if (input.organisationSlug) {
          const organisation = await tx.organisation.findUnique({ where: { slug: input.organisationSlug }, select: { id: true } });
          if (!organisation) throw new ImportRefused({ line: null, message: `no organisation with the address "${input.organisationSlug}"` });
          organisationId = organisation.id;
        }
        // Two imports of one document at once would race for the version number.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`convene:draft-document:${draft.document.slug}`}))`;
        const existing = await tx.draftDocument.findUnique({
          where: { slug: draft.document.slug },
          select: { id: true, organisationId: true, versions: { select: { number: true } } },
        });
        if (existing && organisationId && existing.organisationId !== organisationId) {
          throw new ImportRefused({ line: null, message: `the document "${draft.document.slug}" belongs to another organisation` });
        }
        const taken = existing?.versions.map((version) => version.number) ?? [];
        const number = draft.version ?? Math.max(0, ...taken) + 1;
        if (taken.includes(number)) {
          throw new ImportRefused({
            line: parsed.versionLine,
            message: `version ${number} of "${draft.document.slug}" already exists; leave "version" out to add version ${Math.max(...taken) + 1}`,
          });
        }
        const document = existing
          ? await tx.draftDocument.update({ where: { id: existing.id }, data: { title: draft.document.title }, select: { id: true, organisationId: true } })
          : await tx.draftDocument.create({
              data: { slug: draft.document.slug, title: draft.document.title, organisationId },
              select: { id: true, organisationId: true },
            });
        const version = await tx.draftVersion.create({ data: { documentId: document.id, number }, select: { id: true } });
        for (const principle of draft.principles) {
          await tx.draftPrinciple.create({
            data: {
              versionId: version.id,
              number: principle.number,
              theme: principle.theme,
              describesViolence: principle.describesViolence,
              translations: {
                createMany: { data: Object.entries(principle.text).map(([language, text]) => ({ language, ...text })) },
              },
            },
          });
        }
        const usedIn: string[] = [];
        for (const slug of input.useIn ?? []) {
          const consultation = await tx.consultation.findUnique({ where: { slug }, select: { id: true } });
          if (!consultation) throw new ImportRefused({ line: null, message: `no consultation with the address "${slug}"` });
          await switchDraftVersionInTransaction(tx, consultation.id, version.id);
          await recordAuditEvent(tx, {
            actorKind: "system",
            action: "consultation.draft-version-changed",
            subjectType: "consultation",
            subjectId: consultation.id,
            consultationId: consultation.id,
            details: { document: draft.document.slug, to: number },
          });
          usedIn.push(slug);
        }
        await recordAuditEvent(tx, {
          actorKind: "system",
          action: "draft.imported",
          subjectType: "draftVersion",
          subjectId: version.id,
          organisationId: document.organisationId,
          details: { document: draft.document.slug, version: number, principles: draft.principles.length },
        });
        return { number, createdDocument: !existing, usedIn };
      },
      { timeout: 60_000 },
    );
    return {
      ok: true,
      documentSlug: draft.document.slug,
      version: result.number,
      principles: draft.principles.length,
      createdDocument: result.createdDocument,
      usedIn: result.usedIn,
    };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, problems: [error.problem] };
    throw error;
  }
}
