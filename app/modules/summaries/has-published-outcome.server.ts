import { getDb } from "~/modules/db/db.server";

/**
 * Whether the consultation has a published outcome to link to (a synthesis
 * version published): one indexed row at most, cheap enough for the
 * consultation's public page.
 */
export async function hasPublishedOutcome(slug: string): Promise<boolean> {
  const row = await getDb().themeSynthesis.findFirst({
    where: { consultation: { slug, status: { not: "draft" } }, publishedAt: { not: null } },
    select: { id: true },
  });
  return row !== null;
}
