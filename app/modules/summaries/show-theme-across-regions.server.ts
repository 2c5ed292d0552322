/**
 * One theme across regions side by side: its draft principles × the
 * consultations a drafter reads, from the protected summary tables.
 */
import type { Theme } from "~/generated/prisma/enums";
import type { Membership } from "~/modules/auth/actor.server";
import { themes } from "~/modules/consultations/themes";
import { listRegionPrinciples, resolveDraftingScope, type DraftingScope, type DraftingUnknown, type PrincipleTitle } from "./drafting-scope.server";
import type { SummaryFilters } from "./summary-scope.server";
import { principlesByRegion, type SummaryTable } from "./summary-tables.server";

export type ThemeAcrossRegions = { kind: "ok"; theme: Theme; scope: DraftingScope; principles: PrincipleTitle[]; table: SummaryTable };

export async function showThemeAcrossRegions(input: {
  memberships: readonly Membership[];
  language: string;
  theme: string;
  filters: SummaryFilters;
}): Promise<ThemeAcrossRegions | DraftingUnknown> {
  const theme = themes.find((candidate) => candidate === input.theme);
  if (!theme) return { kind: "unknown", what: "theme" };
  const resolved = await resolveDraftingScope(input);
  if (resolved.kind !== "ok") return resolved;
  const { scope } = resolved;
  const [principles, table] = await Promise.all([
    listRegionPrinciples(scope.regions, input.language, { theme }),
    principlesByRegion(scope.regions, theme, scope.filters, input.language),
  ]);
  return { kind: "ok", theme, scope, principles, table };
}
