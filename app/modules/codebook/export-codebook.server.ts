/**
 * Exporting the codebook (CSV or REFI-QDA): the file, and one audit event
 * saying who took which format. The codebook holds names and counts only,
 * never input text, so no contribution's read is recorded.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { codebookCsv, codebookQdc, type CodebookLabels } from "./codebook-files";
import { getCodebook } from "./get-codebook.server";

export type CodebookFormat = "csv" | "qdc";

export async function exportCodebook(input: {
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  format: CodebookFormat;
  language: string;
  labels: CodebookLabels;
}): Promise<string> {
  const codebook = await getCodebook(input.consultationId, input.language);
  const file = (input.format === "csv" ? codebookCsv : codebookQdc)(input.consultationId, codebook, input.labels);
  await recordAuditEvent(getDb(), {
    actorKind: "staff",
    actorId: input.actorId,
    action: "codebook.exported",
    subjectType: "consultation",
    subjectId: input.consultationId,
    organisationId: input.organisationId,
    consultationId: input.consultationId,
    details: { format: input.format },
  });
  return file;
}
