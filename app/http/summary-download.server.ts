/**
 * The three report downloads share one shape (like the codebook's): gate and
 * filters (drafter-report.server.ts), the export (audited in the same
 * request), and a file named after the consultation, never cached.
 */
import { exportCountsCsv } from "~/modules/summaries/exports/export-counts-csv.server";
import { exportCsv } from "~/modules/summaries/exports/export-csv.server";
import { exportMarkdown } from "~/modules/summaries/exports/export-markdown.server";
import { exportWord } from "~/modules/summaries/exports/export-word.server";
import { requireDrafterReport } from "./drafter-report.server";
import { fixedTranslator } from "./i18n.server";
import { invariantResponse } from "./responses.server";

export type SummaryDownloadFormat = "csv" | "counts.csv" | "md" | "docx";

const contentTypes: Record<SummaryDownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  "counts.csv": "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export async function summaryDownload(request: Request, slug: string, format: SummaryDownloadFormat): Promise<Response> {
  const { actor, region, view, language, organisationId, filters, theme } = await requireDrafterReport(request, slug);
  // A consultation in draft has nothing to export.
  invariantResponse(region, 404);
  const scope = { region, view, filters, theme, actorId: actor.staffUserId, organisationId };
  const t = fixedTranslator(language);
  const body: BodyInit =
    format === "csv"
      ? (await exportCsv(scope)).file
      : format === "counts.csv"
        ? (await exportCountsCsv(scope)).file
        : format === "md"
          ? (await exportMarkdown({ ...scope, t, language })).file
          : Uint8Array.from((await exportWord({ ...scope, t, language })).file);
  const name = [region.slug.replace(/[^A-Za-z0-9_-]/g, ""), theme].filter(Boolean).join("-");
  return new Response(body, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="report-${name}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
