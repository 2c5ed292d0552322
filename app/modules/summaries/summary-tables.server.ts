/**
 * The counts drafters read, as protected tables: every page, chart, chart
 * table and export takes its numbers from here, so they are the same
 * everywhere, and all of them went through protectTable (the one
 * disclosure-control rule). Read from the SummaryCell rollups only — a
 * summary never scans answers.
 *
 * Filters:
 * - a region filter keeps the columns (or rows) of that region from the
 *   unfiltered table, hidden entries and all: a region's view never shows
 *   what its place in the full table hides;
 * - a language or kind filter reads, for each cell, its breakdown by
 *   language × kind, itself protected with the unfiltered cell as its total
 *   (hidden there → hidden here). Siblings cannot be summed back: each
 *   breakdown keeps two hidden entries in every line. A filtered view shows
 *   no totals, so its cells cannot be added up across rows or columns to
 *   difference against the unfiltered table either.
 */
import type { SubmissionKind, Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { getSummaryDb } from "~/modules/db/summary-db.server";
import { protectTable, type ProtectedCounts } from "~/modules/disclosure/protect-table.server";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import { lensKey, normaliseDimensions, selfDescriptionDimensions, type Dimension } from "~/modules/self-description/dimensions";
import type { SummaryFilters, SummaryRegion } from "./summary-scope.server";

export const stances = ["agree", "partly", "disagree", "not_sure"] as const;
export const kinds = ["online", "in_person"] as const satisfies readonly SubmissionKind[];

export type SummaryTable = {
  /** The largest k among the table's regions. */
  k: number;
  rows: Array<{ key: string; label?: string }>;
  columns: Array<{ key: string; label?: string }>;
  counts: ProtectedCounts;
  /** A filtered view has no totals (they are "withheld" in counts). */
  filtered: boolean;
  /**
   * Which totals the table publishes: render only these. Totals across
   * themes or principles are not sums of contributions (one contribution
   * counts in each theme it speaks to), so those tables publish only their
   * totals across regions; a filtered view publishes none.
   */
  totals: { rows: boolean; columns: boolean };
};

type CellRow = { consultationId: string; theme: string; principleId: string; language: string; kind: SubmissionKind; stance: string; contributions: number };

/** Where a rollup cell lands in the table being built, or null when it is not part of it (consultationId holds the region's slug here). */
type Placement = (cell: CellRow) => { row: string; column: string } | null;

const withheld: ShownCount = { kind: "withheld" };

/** All contributions counted, per region: one row. */
export async function contributionsByRegion(regions: readonly SummaryRegion[], filters: SummaryFilters): Promise<SummaryTable> {
  const cells = await readCells(regions, { theme: "", principleId: "", stance: "" });
  return assembleTable({
    regions,
    filters,
    cells,
    rows: [{ key: "all" }],
    columns: regionColumns(regions),
    regionAxis: "columns",
    place: (cell) => ({ row: "all", column: cell.consultationId }),
    totals: { rows: true, columns: false },
  });
}

/** Contributions per theme and region (a contribution counts in each theme it speaks to). */
export async function themesByRegion(regions: readonly SummaryRegion[], filters: SummaryFilters): Promise<SummaryTable> {
  return (await themesWithCounts(regions, filters)).table;
}

/** As principlesWithCounts, for the themes table (a lens view's population is its theme's row). */
export async function themesWithCounts(regions: readonly SummaryRegion[], filters: SummaryFilters): Promise<Assembled> {
  const cells = await readCells(regions, { principleId: "", stance: "" });
  return assemble({
    regions,
    filters,
    cells,
    rows: themes.map((theme) => ({ key: theme })),
    columns: regionColumns(regions),
    regionAxis: "columns",
    place: (cell) => (cell.theme === "" ? null : { row: cell.theme, column: cell.consultationId }),
    totals: { rows: true, columns: false },
  });
}

/** Contributions per draft principle of one theme (by number, across consultations) and region. */
export async function principlesByRegion(
  regions: readonly SummaryRegion[],
  theme: Theme,
  filters: SummaryFilters,
  language: string,
): Promise<SummaryTable> {
  return (await principlesWithCounts(regions, theme, filters, language)).table;
}

/**
 * The same table with the true counts it was protected from — for the lens
 * views' linked protection (lens-tables.server.ts) only: the counts never
 * leave the server.
 */
export async function principlesWithCounts(
  regions: readonly SummaryRegion[],
  theme: Theme,
  filters: SummaryFilters,
  language: string,
): Promise<Assembled & { numberOf: Map<string, number> }> {
  const principles = await principlesOf(regions, language, { theme });
  const cells = await readCells(regions, { theme, stance: "" });
  const assembled = assemble({
    regions,
    filters,
    cells,
    rows: principles.rows,
    columns: regionColumns(regions),
    regionAxis: "columns",
    place: (cell) => {
      const number = principles.numberOf.get(cell.principleId);
      return number === undefined ? null : { row: String(number), column: cell.consultationId };
    },
    totals: { rows: true, columns: false },
  });
  return { ...assembled, numberOf: principles.numberOf };
}

/** Stances on one draft principle (by number), per region. Small, one-sided groups show only their total. */
export async function stancesByRegion(
  regions: readonly SummaryRegion[],
  principleNumber: number,
  filters: SummaryFilters,
  language: string,
): Promise<SummaryTable> {
  return (await stancesWithCounts(regions, principleNumber, filters, language)).table;
}

/** As principlesWithCounts: the table and its true counts, server-side only; also the principle ids behind the number. */
export async function stancesWithCounts(
  regions: readonly SummaryRegion[],
  principleNumber: number,
  filters: SummaryFilters,
  language: string,
): Promise<Assembled & { principleIds: string[] }> {
  const principles = await principlesOf(regions, language, { number: principleNumber });
  const cells = (await readCells(regions, { principleIds: [...principles.numberOf.keys()] })).filter((cell) => cell.stance !== "");
  const assembled = assemble({
    regions,
    filters,
    cells,
    rows: regionColumns(regions),
    columns: stances.map((stance) => ({ key: stance })),
    regionAxis: "rows",
    dominance: true,
    place: (cell) => ({ row: cell.consultationId, column: cell.stance }),
    totals: { rows: true, columns: true },
  });
  return { ...assembled, principleIds: [...principles.numberOf.keys()] };
}

/** The self-description dimensions at least one of the regions asks about, in the shipped order. */
export function dimensionsInView(regions: readonly SummaryRegion[]): Dimension[] {
  return normaliseDimensions(regions.flatMap((region) => region.dimensions));
}

/**
 * "Who took part, as they described themselves": contributions per value of
 * one dimension (rows) and region (columns), from SummaryLensCell (the
 * single lens "dimension=value", theme/principle/stance "" = counted at all).
 * Totals across regions only: "prefer not to say", own words and no answer
 * are in no row, so a column is a sum of nothing published — and a column
 * total would be the complement of exactly those people.
 * A region filter keeps the region's column of this table, hidden entries
 * and all. Language and kind are summed away in the lens rollup: a view
 * filtered by them shows every entry as not shown (the page says why).
 */
export async function selfDescriptionByRegion(regions: readonly SummaryRegion[], dimension: Dimension, filters: SummaryFilters): Promise<SummaryTable> {
  const values = selfDescriptionDimensions[dimension] as readonly string[];
  const lensOf = new Map(values.map((value) => [lensKey([{ dimension, value }]), value]));
  const rows =
    regions.length === 0
      ? []
      : await getSummaryDb().summaryLensCell.findMany({
          where: { consultationId: { in: regions.map((region) => region.consultationId) }, lens: { in: [...lensOf.keys()] }, theme: "", principleId: "", stance: "" },
          select: { consultationId: true, lens: true, contributions: true },
        });
  const columnOf = new Map(regions.map((region, index) => [region.consultationId, index]));
  const counts = values.map(() => regions.map(() => 0));
  for (const row of rows) {
    const r = values.indexOf(lensOf.get(row.lens) ?? "");
    const c = columnOf.get(row.consultationId);
    if (r >= 0 && c !== undefined) counts[r]![c]! += row.contributions;
  }
  const k = regions.length > 0 ? Math.max(...regions.map((region) => region.k)) : 5;
  const totals = { rows: true, columns: false };
  const full = protectTable({ counts, k, totals });
  const byLanguageOrKind = filters.language !== undefined || filters.kind !== undefined;
  const filtered = byLanguageOrKind || filters.region !== undefined;
  let table: SummaryTable = {
    k,
    rows: values.map((value) => ({ key: value })),
    columns: regionColumns(regions),
    counts: filtered
      ? {
          k,
          cells: byLanguageOrKind ? full.cells.map((row) => row.map(() => withheld)) : full.cells,
          rowTotals: values.map(() => withheld),
          columnTotals: regions.map(() => withheld),
          total: withheld,
        }
      : full,
    filtered,
    totals: filtered ? { rows: false, columns: false } : totals,
  };
  if (filters.region !== undefined) table = keepRegion(table, regions, filters.region, "columns");
  return table;
}

/** Whether what belongs to this row and column (a quote, a percentage) may be shown: only where the cell is a count. */
export function isCellShown(table: SummaryTable, rowKey: string, columnKey: string): boolean {
  const row = table.rows.findIndex((entry) => entry.key === rowKey);
  const column = table.columns.findIndex((entry) => entry.key === columnKey);
  if (row < 0 || column < 0) return false;
  return table.counts.cells[row]![column]!.kind === "count";
}

/** Regions are keyed by slug (as in a region filter); cells carry consultation ids, mapped in assemble. */
function regionColumns(regions: readonly SummaryRegion[]) {
  return regions.map((region) => ({ key: region.slug, label: region.city || region.title }));
}

async function readCells(
  regions: readonly SummaryRegion[],
  where: { theme?: string; principleId?: string; principleIds?: string[]; stance?: string },
): Promise<CellRow[]> {
  if (regions.length === 0) return [];
  // The replica when DATABASE_REPLICA_URL is set: drafters' heavy reading stays off the primary.
  return getSummaryDb().summaryCell.findMany({
    where: {
      consultationId: { in: regions.map((region) => region.consultationId) },
      ...(where.theme !== undefined ? { theme: where.theme } : {}),
      ...(where.stance !== undefined ? { stance: where.stance } : {}),
      ...(where.principleIds ? { principleId: { in: where.principleIds } } : where.principleId !== undefined ? { principleId: where.principleId } : {}),
    },
  });
}

/** The draft principles of the regions' drafts, grouped by number (the same principle across consultations on one draft). */
async function principlesOf(regions: readonly SummaryRegion[], language: string, where: { theme?: Theme; number?: number }) {
  const versionIds = [...new Set(regions.map((region) => region.draftVersionId).filter((id): id is string => id !== null))];
  const rows = await getDb().draftPrinciple.findMany({
    where: { versionId: { in: versionIds }, ...(where.theme ? { theme: where.theme } : {}), ...(where.number !== undefined ? { number: where.number } : {}) },
    orderBy: { number: "asc" },
    select: { id: true, number: true, translations: { select: { language: true, title: true } } },
  });
  const numberOf = new Map(rows.map((row) => [row.id, row.number]));
  const fallbacks = regions.flatMap((region) => region.languages);
  const seen = new Map<number, string>();
  for (const row of rows) if (!seen.has(row.number)) seen.set(row.number, pickTranslation(row.translations, language, fallbacks)?.value.title ?? "");
  return { numberOf, rows: [...seen].map(([number, title]) => ({ key: String(number), label: title })) };
}

/** A protected table and, server-side only, the counts it was protected from. */
export type Assembled = { table: SummaryTable; counts: number[][] };

function assembleTable(input: Parameters<typeof assemble>[0]): SummaryTable {
  return assemble(input).table;
}

function assemble(input: {
  regions: readonly SummaryRegion[];
  filters: SummaryFilters;
  cells: CellRow[];
  rows: SummaryTable["rows"];
  columns: SummaryTable["columns"];
  regionAxis: "rows" | "columns";
  dominance?: boolean;
  place: Placement;
  totals: SummaryTable["totals"];
}): Assembled {
  // The strictest of the regions' thresholds (5 by default).
  const k = input.regions.length > 0 ? Math.max(...input.regions.map((region) => region.k)) : 5;
  const rowIndex = new Map(input.rows.map((row, index) => [row.key, index]));
  const columnIndex = new Map(input.columns.map((column, index) => [column.key, index]));
  const counts = input.rows.map(() => input.columns.map(() => 0));
  // Per cell, the same count broken down by language and kind (for filtered views).
  const languages = [...new Set([...input.regions.flatMap((region) => region.languages), ...input.cells.map((cell) => cell.language), ...(input.filters.language ? [input.filters.language] : [])])].sort();
  const breakdown = input.rows.map(() => input.columns.map(() => languages.map(() => kinds.map(() => 0))));
  const slugOf = new Map(input.regions.map((region) => [region.consultationId, region.slug]));
  for (const cell of input.cells) {
    const place = input.place({ ...cell, consultationId: slugOf.get(cell.consultationId) ?? cell.consultationId });
    if (!place) continue;
    const r = rowIndex.get(place.row);
    const c = columnIndex.get(place.column);
    if (r === undefined || c === undefined) continue;
    counts[r]![c]! += cell.contributions;
    breakdown[r]![c]![languages.indexOf(cell.language)]![kinds.indexOf(cell.kind as (typeof kinds)[number])]! += cell.contributions;
  }
  const full = protectTable({ counts, k, dominance: input.dominance, totals: input.totals });
  const languageFilter = input.filters.language;
  const kindFilter = input.filters.kind;
  let cells = full.cells;
  if (languageFilter !== undefined || kindFilter !== undefined) {
    cells = counts.map((row, r) =>
      row.map((_, c) => {
        const parts = protectTable({ counts: breakdown[r]![c]!, k, hideTotal: full.cells[r]![c]!.kind !== "count" });
        const li = languageFilter === undefined ? -1 : languages.indexOf(languageFilter);
        const ki = kindFilter === undefined ? -1 : kinds.indexOf(kindFilter as (typeof kinds)[number]);
        return li >= 0 && ki >= 0 ? parts.cells[li]![ki]! : li >= 0 ? parts.rowTotals[li]! : parts.columnTotals[ki]!;
      }),
    );
    if (input.dominance) cells = cells.map((row, r) => (isDominated(breakdown[r]!, languages, languageFilter, kindFilter, k) ? row.map((cell) => (cell.kind === "count" ? withheld : cell)) : row));
  }
  const filtered = languageFilter !== undefined || kindFilter !== undefined || input.filters.region !== undefined;
  let table: SummaryTable = {
    k,
    rows: input.rows,
    columns: input.columns,
    counts: filtered
      ? { k, cells, rowTotals: input.rows.map(() => withheld), columnTotals: input.columns.map(() => withheld), total: withheld }
      : full,
    filtered,
    totals: filtered ? { rows: false, columns: false } : input.totals,
  };
  if (input.filters.region !== undefined) table = keepRegion(table, input.regions, input.filters.region, input.regionAxis);
  return { table, counts };
}

/** The dominance rule on a filtered row: all but fewer than k of a small filtered group in one category. */
function isDominated(row: number[][][], languages: string[], language: string | undefined, kind: string | undefined, k: number): boolean {
  const li = language === undefined ? -1 : languages.indexOf(language);
  const ki = kind === undefined ? -1 : kinds.indexOf(kind as (typeof kinds)[number]);
  const values = row.map((parts) =>
    parts.reduce((sum, byKind, l) => sum + byKind.reduce((inner, value, j) => inner + ((li < 0 || l === li) && (ki < 0 || j === ki) ? value : 0), 0), 0),
  );
  const total = values.reduce((sum, value) => sum + value, 0);
  return total >= k && total < 4 * k && total - Math.max(...values) < k;
}

function keepRegion(table: SummaryTable, regions: readonly SummaryRegion[], slug: string, axis: "rows" | "columns"): SummaryTable {
  const id = regions.find((region) => region.slug === slug)?.slug;
  if (axis === "columns") {
    const c = table.columns.findIndex((column) => column.key === id);
    const keep = c < 0 ? [] : [c];
    return {
      ...table,
      columns: keep.map((index) => table.columns[index]!),
      counts: { ...table.counts, cells: table.counts.cells.map((row) => keep.map((index) => row[index]!)), columnTotals: keep.map(() => withheld) },
    };
  }
  const r = table.rows.findIndex((row) => row.key === id);
  const keep = r < 0 ? [] : [r];
  return {
    ...table,
    rows: keep.map((index) => table.rows[index]!),
    counts: { ...table.counts, cells: keep.map((index) => table.counts.cells[index]!), rowTotals: keep.map(() => withheld) },
  };
}
