/**
 * The drafters' report page of one consultation (/draft/:slug): counts by
 * theme, the published syntheses and the quotes drafters may read — the
 * same content the Markdown and Word exports hold (report-content.server.ts).
 *
 * Showing a quote is a read of its contribution: one "submission.read"
 * event per contribution quoted on the page (recordReads), never its text.
 */
import type { Theme } from "~/generated/prisma/enums";
import { recordReads } from "~/modules/audit/record-reads.server";
import { getDb } from "~/modules/db/db.server";
import type { SummaryFilters, SummaryRegion } from "./summary-scope.server";
import { gatherReport, submissionIdsOf, type ReportContent } from "./exports/report-content.server";

export async function showConsultationReport(input: {
  region: SummaryRegion;
  /** Every region the reader sees: the self-description tables are protected over them (as on /draft). */
  view?: readonly SummaryRegion[];
  filters: SummaryFilters;
  theme?: Theme;
  actorId: string;
  organisationId: string | null;
}): Promise<ReportContent> {
  const content = await gatherReport(input);
  await recordReads(getDb(), {
    actorId: input.actorId,
    consultationId: input.region.consultationId,
    organisationId: input.organisationId,
    submissionIds: await submissionIdsOf(content.quotes.map((quote) => quote.answerId)),
    kind: "submission.read",
    details: { what: "redacted" },
  });
  return content;
}
