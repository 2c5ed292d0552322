import { getDb } from "~/modules/db/db.server";

export type UsableDraftDocument = {
  id: string;
  slug: string;
  title: string;
  versions: Array<{ id: string; number: number; principles: number }>;
};

/**
 * Draft documents a consultation led by `organisationId` may use: its own,
 * those imported for everyone (no owner), and those another consultation
 * already shows publicly. A document another organisation is still
 * preparing stays out of sight.
 */
export async function listUsableDraftDocuments(organisationId: string): Promise<UsableDraftDocument[]> {
  const documents = await getDb().draftDocument.findMany({
    where: {
      OR: [
        { organisationId },
        { organisationId: null },
        { versions: { some: { consultations: { some: { status: { not: "draft" } } } } } },
      ],
    },
    orderBy: { title: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, _count: { select: { principles: true } } } },
    },
  });
  return documents.map((document) => ({
    id: document.id,
    slug: document.slug,
    title: document.title,
    versions: document.versions.map((version) => ({ id: version.id, number: version.number, principles: version._count.principles })),
  }));
}
