/**
 * The counts CSV: every number the report shows, one per line, for drafters
 * who build their own tables — the contributions, the themes and the
 * self-description tables, exactly as protected on the page (the same
 * gatherReport). A hidden entry is a line too, saying how it is shown
 * ("fewer" than k, or "withheld"), never its value. The answers' CSV keeps
 * its own fixed columns (export-csv.server.ts); mixing the two in one file
 * would break anyone reading either.
 *
 * Stable codes, not translated words: table, row (theme or self-description
 * value), column (the region's slug), shown, count, k.
 */
import type { ShownCount } from "~/modules/disclosure/shown-count";
import { csvFile } from "~/modules/files/csv";
import { recordExport } from "./record-export.server";
import { gatherReport, type ReportExportInput } from "./report-content.server";

export const countsCsvColumns = ["table", "row", "column", "shown", "count", "k"] as const;

/** Stable codes only: no translator and no interface language. */
export async function exportCountsCsv(input: Omit<ReportExportInput, "t" | "language">): Promise<{ file: string; rows: number }> {
  const report = await gatherReport(input);
  const { region, k } = report;
  const line = (table: string, row: string, count: ShownCount) => [table, row, region.slug, count.kind, count.kind === "count" ? String(count.value) : "", String(k)];
  const rows = [
    ...(report.counts.total ? [line("contributions", "all", report.counts.total)] : []),
    ...report.counts.rows.map((row) => line("themes", row.theme, row.count)),
    ...(report.selfDescription.byLanguageOrKind
      ? []
      : report.selfDescription.dimensions.flatMap(({ dimension, rows: values }) => values.map((value) => line(`self-description:${dimension}`, value.value, value.count)))),
  ];
  const file = csvFile([countsCsvColumns, ...rows], { bom: true });
  await recordExport({
    actorId: input.actorId,
    consultationId: region.consultationId,
    organisationId: input.organisationId,
    format: "counts-csv",
    filters: input.filters,
    theme: input.theme,
    answerIds: [],
    counts: { rows: rows.length },
  });
  return { file, rows: rows.length };
}
