/**
 * The "who took part, as they described themselves" tables a drafters' page
 * or report shows: one per self-description dimension asked by at least one
 * region in view, each through selfDescriptionByRegion (protectTable).
 */
import type { Dimension } from "~/modules/self-description/dimensions";
import type { SummaryFilters, SummaryRegion } from "./summary-scope.server";
import { dimensionsInView, selfDescriptionByRegion, type SummaryTable } from "./summary-tables.server";

export type SelfDescriptionTables = {
  tables: Array<{ dimension: Dimension; table: SummaryTable }>;
  /** Filtered by language or kind of input, which the lens rollup sums away: every entry reads "not shown". */
  byLanguageOrKind: boolean;
};

export async function selfDescriptionTables(regions: readonly SummaryRegion[], filters: SummaryFilters): Promise<SelfDescriptionTables> {
  // With a region filter, only what that region asks about; its column comes from the table over every region in view.
  const asking = filters.region !== undefined ? regions.filter((region) => region.slug === filters.region) : regions;
  const tables = await Promise.all(
    dimensionsInView(asking).map(async (dimension) => ({ dimension, table: await selfDescriptionByRegion(regions, dimension, filters) })),
  );
  return { tables, byLanguageOrKind: filters.language !== undefined || filters.kind !== undefined };
}
