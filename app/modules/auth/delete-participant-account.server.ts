import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";

/**
 * Deletes the account and everything that belongs to it: sessions, recovery
 * codes, consent records, submissions and their answers (foreign keys
 * cascade). Rows are removed, not flagged; the audit event that remains
 * names no one.
 */
export async function deleteParticipantAccount(participantId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.participant.delete({ where: { id: participantId } });
    await recordAuditEvent(tx, { actorKind: "participant", action: "participant.deleted", subjectType: "participant" });
  });
  // After the commit: the deleted contributions leave the summary counts.
  await requestSummaryRefresh();
}
