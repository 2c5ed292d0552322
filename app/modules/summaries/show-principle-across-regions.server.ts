/**
 * One draft principle across regions: the stance distribution per region,
 * the published syntheses written for it, and the quotes picked in them
 * whose authors let drafters read them — each quote only where its region ×
 * principle count is shown (a quote from a hidden cell would point at the
 * few people in it), and only with language, region, kind and month.
 */
import type { Membership } from "~/modules/auth/actor.server";
import { listRegionPrinciples, regionsInView, resolveDraftingScope, type DraftingScope, type DraftingUnknown, type PrincipleTitle } from "./drafting-scope.server";
import { listPublishedQuotes, listPublishedSyntheses, type PublishedSynthesis, type SummaryQuote } from "./published-syntheses.server";
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
};

export async function showPrincipleAcrossRegions(input: {
  memberships: readonly Membership[];
  language: string;
  number: string;
  filters: SummaryFilters;
}): Promise<PrincipleAcrossRegions | DraftingUnknown> {
  if (!/^[1-9][0-9]{0,5}$/.test(input.number)) return { kind: "unknown", what: "principle" };
  const number = Number(input.number);
  const resolved = await resolveDraftingScope(input);
  if (resolved.kind !== "ok") return resolved;
  const { scope } = resolved;
  const [principle] = await listRegionPrinciples(scope.regions, input.language, { number });
  if (!principle) return { kind: "unknown", what: "principle" };
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
  return {
    kind: "ok",
    principle,
    scope,
    stances,
    syntheses: inView.flatMap((region) => newest.get(region.consultationId) ?? []),
    quotes: quotes.filter(
      (quote) =>
        (language === undefined || quote.language === language) &&
        (kind === undefined || quote.kind === kind) &&
        isCellShown(cells, String(number), slugOf.get(quote.consultationId) ?? ""),
    ),
  };
}
