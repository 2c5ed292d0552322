import type { Theme } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import type { DraftFile } from "~/modules/consultations/drafts/draft-file";

/**
 * One version of a draft document (the newest unless a number is given) in
 * the shape `import-draft` reads, so a drafter can export, edit and import
 * the next version. Null when there is no such document or version.
 */
export async function exportDraft(documentSlug: string, versionNumber: number | null = null): Promise<DraftFile | null> {
  const document = await getDb().draftDocument.findUnique({
    where: { slug: documentSlug },
    select: {
      slug: true,
      title: true,
      versions: {
        where: versionNumber === null ? {} : { number: versionNumber },
        orderBy: { number: "desc" },
        take: 1,
        select: {
          number: true,
          principles: {
            orderBy: { number: "asc" },
            select: {
              number: true,
              theme: true,
              describesViolence: true,
              translations: { orderBy: { language: "asc" }, select: { language: true, title: true, body: true } },
            },
          },
        },
      },
    },
  });
  const version = document?.versions[0];
  if (!document || !version) return null;
  return {
    document: { slug: document.slug, title: document.title },
    version: version.number,
    principles: version.principles.map((principle) => ({
      number: principle.number,
      theme: principle.theme as Theme,
      describesViolence: principle.describesViolence,
      text: Object.fromEntries(principle.translations.map((text) => [text.language, { title: text.title, body: text.body }])),
    })),
  };
}
