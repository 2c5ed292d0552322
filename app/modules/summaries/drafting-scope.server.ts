/**
 * What a drafter's cross-consultation pages read: the consultations
 * ("regions") their organisations host, and the filters checked against
 * them. A region or language outside them is "unknown" — the same answer
 * whether it does not exist or belongs to another organisation, so the
 * filter never tells a drafter what others host.
 */
import type { Membership } from "~/modules/auth/actor.server";
import { getDb } from "~/modules/db/db.server";
import { pickTranslation } from "~/modules/consultations/translation";
import type { Theme } from "~/generated/prisma/enums";
import { listReadableRegions, type SummaryFilters, type SummaryRegion } from "./summary-scope.server";

export type DraftingUnknown = { kind: "unknown"; what: "language" | "region" | "kind" | "theme" | "principle" };
export type DraftingScope = {
  regions: SummaryRegion[];
  filters: SummaryFilters;
  /** Languages input may be in across these regions, for the filter's options. */
  languages: string[];
};

export async function resolveDraftingScope(input: {
  memberships: readonly Membership[];
  language: string;
  filters: SummaryFilters;
}): Promise<{ kind: "ok"; scope: DraftingScope } | DraftingUnknown> {
  const regions = await listReadableRegions(input.memberships, input.language);
  const languages = [...new Set(regions.flatMap((region) => region.languages))];
  const { region, language } = input.filters;
  if (region !== undefined && !regions.some((candidate) => candidate.slug === region)) return { kind: "unknown", what: "region" };
  if (language !== undefined && !languages.includes(language)) return { kind: "unknown", what: "language" };
  return { kind: "ok", scope: { regions, filters: input.filters, languages } };
}

/** The regions a filter keeps (all of them without a region filter): whose quotes and syntheses a page shows. */
export function regionsInView(scope: DraftingScope): SummaryRegion[] {
  return scope.filters.region === undefined ? scope.regions : scope.regions.filter((region) => region.slug === scope.filters.region);
}

export type PrincipleTitle = { number: number; theme: Theme; title: string; titleLanguage: string };

/**
 * The draft principles of these regions' drafts, by number (a principle is
 * the same across consultations by its number in the draft), with a title
 * in the page's language where there is one.
 */
export async function listRegionPrinciples(regions: readonly SummaryRegion[], language: string, where: { theme?: Theme; number?: number } = {}): Promise<PrincipleTitle[]> {
  const rows = await getDb().draftPrinciple.findMany({
    where: { ...where, version: { consultations: { some: { id: { in: regions.map((region) => region.consultationId) } } } } },
    orderBy: { number: "asc" },
    select: { number: true, theme: true, translations: { select: { language: true, title: true } } },
  });
  const byNumber = new Map<number, PrincipleTitle>();
  for (const row of rows) {
    if (byNumber.has(row.number)) continue;
    const title = pickTranslation(row.translations, language, []);
    byNumber.set(row.number, { number: row.number, theme: row.theme, title: title?.value.title ?? "", titleLanguage: title?.language ?? language });
  }
  return [...byNumber.values()];
}
