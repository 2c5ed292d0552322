/**
 * One theme across regions side by side: its draft principles × the
 * consultations a drafter reads, from the protected summary tables; with a
 * lens (issue 13), also one group's counts per principle next to
 * everyone's, pooled across those regions (lens-tables.server.ts).
 */
import type { Theme } from "~/generated/prisma/enums";
import type { Membership } from "~/modules/auth/actor.server";
import { themes } from "~/modules/consultations/themes";
import { listRegionPrinciples, resolveDraftingScope, type DraftingScope, type DraftingUnknown, type PrincipleTitle } from "./drafting-scope.server";
import type { Lens } from "~/modules/self-description/dimensions";
import { lensPrinciples, type LensView } from "./lens-tables.server";
import { askedLensOptions, isLensAsked, type LensOption } from "./lens-scope.server";
import type { SummaryFilters } from "./summary-scope.server";
import { principlesByRegion, type SummaryTable } from "./summary-tables.server";

export type ThemeAcrossRegions = {
  kind: "ok";
  theme: Theme;
  scope: DraftingScope;
  principles: PrincipleTitle[];
  table: SummaryTable;
  /** The lenses the form offers (none when no readable consultation asks about self-description). */
  lensOptions: LensOption[];
  lensView: LensView | null;
};
/** A lens on a dimension none of the readable consultations asks about: as unknown as a value that does not exist. */
export type LensNotAsked = { kind: "badLens"; problem: "unknownValue" };

export async function showThemeAcrossRegions(input: {
  memberships: readonly Membership[];
  language: string;
  theme: string;
  filters: SummaryFilters;
  lens?: Lens;
}): Promise<ThemeAcrossRegions | DraftingUnknown | LensNotAsked> {
  const theme = themes.find((candidate) => candidate === input.theme);
  if (!theme) return { kind: "unknown", what: "theme" };
  const resolved = await resolveDraftingScope(input);
  if (resolved.kind !== "ok") return resolved;
  const { scope } = resolved;
  const lensOptions = await askedLensOptions(scope.regions);
  if (input.lens && !isLensAsked(input.lens, lensOptions)) return { kind: "badLens", problem: "unknownValue" };
  const [principles, table, lensView] = await Promise.all([
    listRegionPrinciples(scope.regions, input.language, { theme }),
    principlesByRegion(scope.regions, theme, scope.filters, input.language),
    input.lens ? lensPrinciples(scope.regions, theme, input.lens, input.language) : null,
  ]);
  return { kind: "ok", theme, scope, principles, table, lensOptions, lensView };
}
