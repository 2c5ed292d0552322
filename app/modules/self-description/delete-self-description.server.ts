/**
 * "Delete my self-description": the row goes (its trigger marks the
 * contribution for the next summaries refresh, so group totals drop), the
 * contribution stays as it is.
 */
import { getDb } from "~/modules/db/db.server";
import { participantEventLogger } from "~/modules/logging/logger.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";

export type DeleteSelfDescriptionResult = { kind: "deleted" } | { kind: "nothingToDelete" };

export async function deleteSelfDescription(submissionId: string): Promise<DeleteSelfDescriptionResult> {
  const deleted = await getDb().selfDescription.deleteMany({ where: { submissionId } });
  if (deleted.count === 0) return { kind: "nothingToDelete" };
  participantEventLogger.info({}, "self-description deleted");
  await requestSummaryRefresh();
  return { kind: "deleted" };
}
