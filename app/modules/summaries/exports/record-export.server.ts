/**
 * Every export is audited in the request that makes it, in one transaction:
 * one "summary.exported" event saying which format, which filters and how
 * many rows, quotes and syntheses (counts only, never a word), and one
 * "submission.exported" read per contribution whose words went into the
 * file (recordReads), like a page that shows them records "submission.read".
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { recordReads } from "~/modules/audit/record-reads.server";
import type { Theme } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import type { SummaryFilters } from "~/modules/summaries/summary-scope.server";
import { submissionIdsOf } from "./report-content.server";

export type ExportFormat = "csv" | "counts-csv" | "markdown" | "word";

export async function recordExport(input: {
  actorId: string;
  consultationId: string;
  organisationId: string | null;
  format: ExportFormat;
  filters: SummaryFilters;
  theme?: Theme;
  /** The answers whose (redacted) words the file holds. */
  answerIds: readonly string[];
  counts: Record<string, number>;
}): Promise<void> {
  const submissionIds = await submissionIdsOf(input.answerIds);
  await getDb().$transaction(async (tx) => {
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "summary.exported",
      subjectType: "consultation",
      subjectId: input.consultationId,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
      details: { format: input.format, ...input.counts, filters: { ...input.filters, ...(input.theme ? { theme: input.theme } : {}) } },
    });
    await recordReads(tx, {
      actorId: input.actorId,
      consultationId: input.consultationId,
      organisationId: input.organisationId,
      submissionIds,
      kind: "submission.exported",
      details: { what: "redacted", format: input.format },
    });
  });
}
