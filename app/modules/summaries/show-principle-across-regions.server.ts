/**
 * One draft principle across regions: the stance distribution per region,
 * the published syntheses written for it, and the quotes picked in them
 * whose authors let drafters read them — each quote only where its region ×
 * principle count is shown (a quote from a hidden cell would point at the
 * few people in it), and only with language, region, kind and month.
 *
 * With a lens (issue 13): the group's stances next to everyone's, pooled
 * across the regions read, and only the quotes whose authors are in the
 * group — and those only while the group's breakdown is shown and its
 * count for the principle's theme row is a number (rule 5). A quote never
 * carries the group's values: the page names the lens once, above them.
 */
import type { Membership } from "~/modules/auth/actor.server";
import { listRegionPrinciples, regionsInView, resolveDraftingScope, type DraftingScope, type DraftingUnknown, type PrincipleTitle } from "./drafting-scope.server";
import { listPublishedQuotes, listPublishedSyntheses, quoteSubmissions, type PublishedSynthesis, type SummaryQuote } from "./published-syntheses.server";
import { lensMembers } from "~/modules/self-description/lens-membership.server";
import type { Lens } from "~/modules/self-description/dimensions";
import { lensPrinciples, lensStances, type LensView } from "./lens-tables.server";
import { askedLensOptions, isLensAsked, type LensOption } from "./lens-scope.server";
import type { LensNotAsked } from "./show-theme-across-regions.server";
import type { SummaryFilters } from "./summary-scope.server";
import { isCellShown, principlesByRegion, stancesByRegion, type SummaryTable } from "./summary-tables.server";

export type PrincipleAcrossRegions = {
  kind: "ok";
  principle: PrincipleTitle;
  scope: DraftingScope;
  stances: SummaryTable;
  /** The newest published version per consultation. */
  syntheses: PublishedSynthesis[];
  quotes: SummaryQuote[];
  lensOptions: LensOption[];
  lensView: LensView | null;
};

export async function showPrincipleAcrossRegions(input: {
  memberships: readonly Membership[];
  language: string;
  number: string;
  filters: SummaryFilters;
  lens?: Lens;
}): Promise<PrincipleAcrossRegions | DraftingUnknown | LensNotAsked> {
  if (!/^[1-9][0-9]{0,5}$/.test(input.number)) return { kind: "unknown", what: "principle" };
  const number = Number(input.number);
  const resolved = await resolveDraftingScope(input);
  if (resolved.kind !== "ok") return resolved;
  const { scope } = resolved;
  const [principle] = await listRegionPrinciples(scope.regions, input.language, { number });
  if (!principle) return { kind: "unknown", what: "principle" };
  const lensOptions = await askedLensOptions(scope.regions);
  if (input.lens && !isLensAsked(input.lens, lensOptions)) return { kind: "badLens", problem: "unknownValue" };
  const inView = regionsInView(scope);
  const consultationIds = inView.map((region) => region.consultationId);
  const [stances, cells, syntheses, quotes] = await Promise.all([
    stancesByRegion(scope.regions, number, scope.filters, input.language),
    principlesByRegion(scope.regions, principle.theme, scope.filters, input.language),
    listPublishedSyntheses({ consultationIds, theme: principle.theme, principleNumber: number }),
    listPublishedQuotes({ consultationIds, audience: "drafters", theme: principle.theme, principleNumber: number }),
  ]);
  const slugOf = new Map(inView.map((region) => [region.consultationId, region.slug]));
  const newest = new Map<string, PublishedSynthesis>();
  for (const synthesis of syntheses) {
    const kept = newest.get(synthesis.consultationId);
    if (!kept || kept.version < synthesis.version) newest.set(synthesis.consultationId, synthesis);
  }
  const { language, kind } = scope.filters;
  const shownQuotes = quotes.filter(
    (quote) =>
      (language === undefined || quote.language === language) &&
      (kind === undefined || quote.kind === kind) &&
      isCellShown(cells, String(number), slugOf.get(quote.consultationId) ?? ""),
  );
  const lensView = input.lens ? await lensStances(scope.regions, number, input.lens, input.language) : null;
  return {
    kind: "ok",
    principle,
    scope,
    stances,
    syntheses: inView.flatMap((region) => newest.get(region.consultationId) ?? []),
    quotes: input.lens ? await quotesOfGroup(shownQuotes, scope.regions, principle, input.lens, input.language) : shownQuotes,
    lensOptions,
    lensView,
  };
}

/**
 * The quotes of a lens view: only while the group's breakdown is shown, its
 * count of contributions on this principle (the theme page's row) is a
 * number, and each quote's author is in the group. The submission ids stay
 * here: the page gets the quotes as they are without a lens.
 */
async function quotesOfGroup(
  quotes: SummaryQuote[],
  regions: Parameters<typeof lensPrinciples>[0],
  principle: PrincipleTitle,
  lens: Lens,
  language: string,
): Promise<SummaryQuote[]> {
  const byPrinciple = await lensPrinciples(regions, principle.theme, lens, language);
  const row = byPrinciple.rows.findIndex((entry) => entry.key === String(principle.number));
  if (byPrinciple.group.status !== "shown" || byPrinciple.group.attributed || byPrinciple.group.group[row]?.kind !== "count") return [];
  const sources = await quoteSubmissions(quotes.map((quote) => quote.answerId));
  const members = await lensMembers([...sources.values()], lens);
  return quotes.filter((quote) => members.has(sources.get(quote.answerId) ?? ""));
}
