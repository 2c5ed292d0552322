/**
 * Lens views (issue 13): what one group of people — one self-description
 * value, or two of different dimensions — said, next to everyone, in a
 * theme's principles or one principle's stances. Read from the
 * SummaryLensCell rollups only; every number through protectLens, linked to
 * the unfiltered table the same page shows.
 *
 * A lens view pools the regions a drafter reads: splitting a small group by
 * region again would leave almost every cell below k, and each region's
 * column would be one more table to difference against. Language, kind and
 * region filters do not combine with a lens, for the same reason (record in
 * docs/decisions.md).
 */
import type { Theme } from "~/generated/prisma/enums";
import { getSummaryDb } from "~/modules/db/summary-db.server";
import { protectLens, type ProtectedLens } from "~/modules/disclosure/protect-lens.server";
import { lensKey, type Lens } from "~/modules/self-description/dimensions";
import type { SummaryRegion } from "./summary-scope.server";
import { principlesWithCounts, stances, stancesWithCounts, themesWithCounts, type SummaryTable } from "./summary-tables.server";

export type LensView = {
  lens: Lens;
  /** The lens's canonical key (its address: `?lens=`). */
  key: string;
  k: number;
  /** The categories: principles of the theme (key = number) or stances (key = stance). */
  rows: SummaryTable["rows"];
  /** Everyone in the view, per category, as the unfiltered table publishes it (its totals across regions). */
  everyone: SummaryTable["counts"]["rowTotals"];
  everyoneTotal: SummaryTable["counts"]["total"];
  /** The group, protected: status "withheld" when the group or everyone else has fewer than k people. */
  group: ProtectedLens;
};

const noFilters = {};

/** The group's SummaryLensCell counts for the regions, summed per (theme, principleId, stance). */
async function readLensCells(regions: readonly SummaryRegion[], lens: Lens, where: { theme: string; stance?: string }) {
  if (regions.length === 0) return new Map<string, number>();
  const rows = await getSummaryDb().summaryLensCell.findMany({
    where: {
      consultationId: { in: regions.map((region) => region.consultationId) },
      lens: lensKey(lens),
      theme: where.theme,
      ...(where.stance !== undefined ? { stance: where.stance } : {}),
    },
    select: { principleId: true, stance: true, contributions: true },
  });
  const sums = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.principleId}|${row.stance}`;
    sums.set(key, (sums.get(key) ?? 0) + row.contributions);
  }
  return sums;
}

const strictestK = (regions: readonly SummaryRegion[]) => (regions.length > 0 ? Math.max(...regions.map((region) => region.k)) : 5);

/** The group's true counts in one view: per category, and its size. */
type GroupCounts = { group: number[]; population: number };

/**
 * Protects a lens's counts in a view; a lens of two values is protected
 * together with its two one-value lenses as they are published in the same
 * view (the same function, so the same numbers), so no difference between
 * them comes out small.
 */
async function protectInView(
  lens: Lens,
  countsOf: (lens: Lens) => Promise<GroupCounts>,
  protect: (counts: GroupCounts, enclosing?: Parameters<typeof protectLens>[0]["enclosing"]) => ProtectedLens,
): Promise<ProtectedLens> {
  const counts = await countsOf(lens);
  if (lens.length === 1) return protect(counts);
  const enclosing = await Promise.all(
    lens.map(async (part) => {
      const outer = await countsOf([part]);
      return { ...outer, shown: protect(outer) };
    }),
  );
  return protect(counts, enclosing);
}

/** A theme's principles through a lens: contributions of the group per principle. */
export async function lensPrinciples(regions: readonly SummaryRegion[], theme: Theme, lens: Lens, language: string): Promise<LensView> {
  const k = strictestK(regions);
  const [principles, themesTable] = await Promise.all([principlesWithCounts(regions, theme, noFilters, language), themesWithCounts(regions, noFilters)]);
  const rows = principles.table.rows;
  const themeRow = themesTable.table.rows.findIndex((row) => row.key === theme);
  const everyonePopulation = themesTable.counts[themeRow]?.reduce((sum, value) => sum + value, 0) ?? 0;
  const countsOf = async (lens: Lens): Promise<GroupCounts> => {
    const cells = await readLensCells(regions, lens, { theme, stance: "" });
    const group = rows.map((row) => {
      let sum = 0;
      for (const [principleId, number] of principles.numberOf) if (String(number) === row.key) sum += cells.get(`${principleId}|`) ?? 0;
      return sum;
    });
    return { group, population: cells.get("|") ?? 0 };
  };
  const group = await protectInView(lens, countsOf, (counts, enclosing) =>
    protectLens({
      k,
      everyone: { counts: principles.counts, shown: principles.table.counts, totals: principles.table.totals, categoryAxis: "rows" },
      group: counts.group,
      population: { group: counts.population, everyone: everyonePopulation, everyoneShown: themesTable.table.counts.rowTotals[themeRow] ?? { kind: "withheld" } },
      exclusive: false,
      enclosing,
    }),
  );
  return { lens, key: lensKey(lens), k, rows, everyone: principles.table.counts.rowTotals, everyoneTotal: { kind: "withheld" }, group };
}

/** One principle's stances through a lens. */
export async function lensStances(regions: readonly SummaryRegion[], principleNumber: number, lens: Lens, language: string): Promise<LensView> {
  const k = strictestK(regions);
  const table = await stancesWithCounts(regions, principleNumber, noFilters, language);
  const everyone = table.counts.reduce((sum, row) => sum + row.reduce((inner, value) => inner + value, 0), 0);
  const countsOf = async (lens: Lens): Promise<GroupCounts> => {
    // Stance facts are recorded under the principle's theme (summary-facts-sql): sum whatever theme they carry.
    const all = await readLensCellsAnyTheme(regions, lens, table.principleIds);
    const group = stances.map((stance) => all.get(stance) ?? 0);
    return { group, population: group.reduce((sum, value) => sum + value, 0) };
  };
  const group = await protectInView(lens, countsOf, (counts, enclosing) =>
    protectLens({
      k,
      everyone: { counts: table.counts, shown: table.table.counts, totals: table.table.totals, categoryAxis: "columns" },
      group: counts.group,
      population: { group: counts.population, everyone, everyoneShown: table.table.counts.total },
      exclusive: true,
      enclosing,
    }),
  );
  return { lens, key: lensKey(lens), k, rows: table.table.columns, everyone: table.table.counts.columnTotals, everyoneTotal: table.table.counts.total, group };
}

async function readLensCellsAnyTheme(regions: readonly SummaryRegion[], lens: Lens, principleIds: string[]) {
  const sums = new Map<string, number>();
  if (regions.length === 0 || principleIds.length === 0) return sums;
  const rows = await getSummaryDb().summaryLensCell.findMany({
    where: { consultationId: { in: regions.map((region) => region.consultationId) }, lens: lensKey(lens), principleId: { in: principleIds }, stance: { not: "" } },
    select: { stance: true, contributions: true },
  });
  for (const row of rows) sums.set(row.stance, (sums.get(row.stance) ?? 0) + row.contributions);
  return sums;
}
