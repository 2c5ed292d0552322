/**
 * The CSV export: one row per approved, redacted answer whose author let
 * drafters quote it (b) — consent read now, so a withdrawal or a narrowed
 * choice leaves the next file at once — and only where the region × theme
 * cell is shown (a row from a group of fewer than k could point at its
 * author). Filters narrow it exactly as they narrow the page.
 *
 * Columns are stable codes, not translated words, so files from regions
 * exporting in different languages line up: theme, principle (numbers in
 * the draft), region (consultation slug), language, kind, stance, month.
 * Never a pseudonym, receipt, id or exact date: nothing finer than the month.
 */
import type { Theme } from "~/generated/prisma/enums";
import { csvFile } from "~/modules/files/csv";
import { listQuotableAnswers } from "~/modules/summaries/published-syntheses.server";
import { themesByRegion } from "~/modules/summaries/summary-tables.server";
import type { SummaryFilters, SummaryRegion } from "~/modules/summaries/summary-scope.server";
import { matchesFilters, quotableTheme } from "./report-content.server";
import { recordExport } from "./record-export.server";

export const csvColumns = ["theme", "principle", "region", "language", "kind", "stance", "month", "text"] as const;

export async function exportCsv(input: {
  region: SummaryRegion;
  filters: SummaryFilters;
  theme?: Theme;
  actorId: string;
  organisationId: string | null;
}): Promise<{ file: string; rows: number }> {
  const { region, filters, theme } = input;
  const [table, answers] = await Promise.all([
    themesByRegion([region], filters),
    listQuotableAnswers({ consultationIds: [region.consultationId], audience: "drafters", theme }),
  ]);
  // An answer left blank has no words to export.
  const rows = answers.filter((answer) => answer.text.trim() !== "" && matchesFilters(answer, region, filters) && quotableTheme(table, answer.theme, region));
  const file = csvFile(
    [
      csvColumns,
      ...rows.map((answer) => [
        answer.theme,
        answer.principleNumbers.join(" "),
        region.slug,
        answer.language,
        answer.kind,
        answer.stance ?? "",
        answer.month,
        answer.text,
      ]),
    ],
    { bom: true },
  );
  await recordExport({
    actorId: input.actorId,
    consultationId: region.consultationId,
    organisationId: input.organisationId,
    format: "csv",
    filters,
    theme,
    answerIds: rows.map((answer) => answer.answerId),
    counts: { rows: rows.length },
  });
  return { file, rows: rows.length };
}
