/**
 * What a consultation's report holds — the page (/draft/:slug) and the
 * Markdown and Word exports read the same content, so the numbers, syntheses
 * and quotes in a file are the ones on the page:
 * - counts by theme for this region, protected (summary-tables: the one
 *   disclosure-control implementation), totals only in an unfiltered view;
 * - the published syntheses;
 * - quotes picked in them whose author's consent reaches drafters now, and
 *   only where the region × theme cell is shown: a quote from a group of
 *   fewer than k could point at its author.
 * Filters (language, kind) narrow the quotes exactly as they narrow the counts.
 */
import type { TFunction } from "i18next";
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { getDb } from "~/modules/db/db.server";
import { contributionsByRegion, isCellShown, themesByRegion, type SummaryTable } from "~/modules/summaries/summary-tables.server";
import { listPublishedQuotes, listPublishedSyntheses, type PublishedSynthesis, type SummaryQuote } from "~/modules/summaries/published-syntheses.server";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import type { SummaryFilters, SummaryRegion } from "~/modules/summaries/summary-scope.server";
import type { Dimension } from "~/modules/self-description/dimensions";
import { selfDescriptionTables } from "~/modules/summaries/self-description-tables.server";

export type ReportCounts = {
  /** One row per theme (only the chosen one with ?theme=), one column: this region. */
  rows: Array<{ theme: Theme; count: ShownCount }>;
  /**
   * All contributions of the region (contributionsByRegion: distinct contributions — a theme
   * column's sum counts a contribution once per theme it speaks to). Null in a filtered view,
   * which shows no totals (a total minus a filtered cell gives back its complement).
   */
  total: ShownCount | null;
};

/**
 * Who took part, as they described themselves: per dimension the region asks
 * about, each value's count — this region's column of the table over every
 * region the reader sees (as on /draft), so the two pages never show one
 * entry both hidden and as a number. No totals (a filtered view).
 */
export type ReportSelfDescription = {
  dimensions: Array<{ dimension: Dimension; rows: Array<{ value: string; count: ShownCount }> }>;
  /** Filtered by language or kind: the lens rollup has no such breakdown, every entry is "not shown". */
  byLanguageOrKind: boolean;
};

export type ReportContent = {
  region: SummaryRegion;
  k: number;
  filters: SummaryFilters;
  theme?: Theme;
  counts: ReportCounts;
  selfDescription: ReportSelfDescription;
  syntheses: PublishedSynthesis[];
  quotes: SummaryQuote[];
};

export function matchesFilters(quote: Pick<SummaryQuote, "language" | "kind" | "consultationId">, region: SummaryRegion, filters: SummaryFilters): boolean {
  return (
    quote.consultationId === region.consultationId &&
    (!filters.language || quote.language === filters.language) &&
    (!filters.kind || quote.kind === filters.kind)
  );
}

/** Whether words from this theme may leave the table: only where its cell for the region is a count. */
export function quotableTheme(table: SummaryTable, theme: Theme, region: SummaryRegion): boolean {
  return isCellShown(table, theme, region.slug);
}

function countsOf(table: SummaryTable, all: SummaryTable, region: SummaryRegion, theme: Theme | undefined): ReportCounts {
  const column = table.columns.findIndex((entry) => entry.key === region.slug);
  const rows = themes
    .filter((entry) => !theme || entry === theme)
    .map((entry) => {
      const row = table.rows.findIndex((candidate) => candidate.key === entry);
      // A theme the table does not list has no shown count: it reads as "fewer than k", never as a number.
      const count: ShownCount = (row >= 0 && column >= 0 ? table.counts.cells[row]?.[column] : undefined) ?? { kind: "fewer", k: table.k };
      return { theme: entry, count };
    });
  const allColumn = all.columns.findIndex((entry) => entry.key === region.slug);
  const total = all.filtered || allColumn < 0 ? null : (all.counts.cells[0]?.[allColumn] ?? null);
  return { rows, total };
}

/** What the Markdown and Word exports are asked for: the report's scope, who asks, and their interface language. */
export type ReportExportInput = {
  region: SummaryRegion;
  /** Every region the reader sees (the /draft overview's), which the self-description tables are protected over; [region] without it. */
  view?: readonly SummaryRegion[];
  filters: SummaryFilters;
  theme?: Theme;
  actorId: string;
  organisationId: string | null;
  t: TFunction;
  language: string;
};

async function selfDescriptionOf(region: SummaryRegion, view: readonly SummaryRegion[], filters: SummaryFilters): Promise<ReportSelfDescription> {
  const regions = view.some((entry) => entry.consultationId === region.consultationId) ? view : [region];
  const { tables, byLanguageOrKind } = await selfDescriptionTables(regions, { ...filters, region: region.slug });
  return {
    byLanguageOrKind,
    dimensions: tables.map(({ dimension, table }) => ({
      dimension,
      rows: table.rows.map((row, index) => ({ value: row.key, count: table.counts.cells[index]?.[0] ?? { kind: "withheld" } })),
    })),
  };
}

export async function gatherReport(input: { region: SummaryRegion; view?: readonly SummaryRegion[]; filters: SummaryFilters; theme?: Theme }): Promise<ReportContent> {
  const { region, filters, theme } = input;
  const consultationIds = [region.consultationId];
  const [table, all, selfDescription, syntheses, quotes] = await Promise.all([
    themesByRegion([region], filters),
    contributionsByRegion([region], filters),
    selfDescriptionOf(region, input.view ?? [region], filters),
    listPublishedSyntheses({ consultationIds, theme }),
    listPublishedQuotes({ consultationIds, audience: "drafters", theme }),
  ]);
  return {
    region,
    k: table.k,
    filters,
    theme,
    counts: countsOf(table, all, region, theme),
    selfDescription,
    syntheses,
    quotes: quotes.filter((quote) => matchesFilters(quote, region, filters) && quotableTheme(table, quote.theme, region)),
  };
}

/** The contributions the given answers belong to: whose words a page or file holds, for the read events. */
export async function submissionIdsOf(answerIds: readonly string[]): Promise<string[]> {
  if (answerIds.length === 0) return [];
  const answers = await getDb().answer.findMany({ where: { id: { in: [...answerIds] } }, select: { submissionId: true } });
  return [...new Set(answers.map((answer) => answer.submissionId))];
}
