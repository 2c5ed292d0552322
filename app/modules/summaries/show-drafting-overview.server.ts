/**
 * The drafters' overview across every consultation their organisations
 * host: contributions by region, by theme × region, and who took part as
 * they described themselves (per dimension × region). Counts come only
 * from the protected summary tables (never from answers), so this page
 * shows exactly the numbers every other page and export shows.
 */
import type { Membership } from "~/modules/auth/actor.server";
import { resolveDraftingScope, type DraftingScope, type DraftingUnknown } from "./drafting-scope.server";
import type { SummaryFilters } from "./summary-scope.server";
import { selfDescriptionTables, type SelfDescriptionTables } from "./self-description-tables.server";
import { contributionsByRegion, themesByRegion, type SummaryTable } from "./summary-tables.server";

export type DraftingOverview = { kind: "ok"; scope: DraftingScope; contributions: SummaryTable; themes: SummaryTable; selfDescription: SelfDescriptionTables };

export async function showDraftingOverview(input: {
  memberships: readonly Membership[];
  language: string;
  filters: SummaryFilters;
}): Promise<DraftingOverview | DraftingUnknown> {
  const resolved = await resolveDraftingScope(input);
  if (resolved.kind !== "ok") return resolved;
  const { scope } = resolved;
  const [contributions, themes, selfDescription] = await Promise.all([
    contributionsByRegion(scope.regions, scope.filters),
    themesByRegion(scope.regions, scope.filters),
    selfDescriptionTables(scope.regions, scope.filters),
  ]);
  return { kind: "ok", scope, contributions, themes, selfDescription };
}
