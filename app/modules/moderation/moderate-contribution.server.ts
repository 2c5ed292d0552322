/**
 * Approve, hold or reject one contribution. Rejecting needs a reason from
 * the short list; the facilitator's own note is encrypted under the
 * submission's data key (withdrawal destroys it with the key). Approving
 * stores the redacted text in the same transaction — drafters read only
 * that — and, while any answer still has redaction suggestions nobody went
 * through (redaction/unreviewed-suggestions.server.ts), asks for
 * confirmation first; an answer with nothing to suggest asks nothing, so
 * 300 plain answers do not cost 300 confirmations. A save on a stale version stores nothing.
 * One audit event per decision, never the note.
 */
import { randomUUID } from "node:crypto";
import type { ModerationDecision, SubmissionStatus } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { storeRedactedTexts } from "~/modules/redaction/store-redacted-text.server";
import { answersWithUnreviewedSuggestions } from "~/modules/redaction/unreviewed-suggestions.server";
import { encryptForSubmission, moderationNoteContext, openSubmissionKey } from "~/modules/submissions/submission-crypto.server";
import { claimItemVersion } from "./claim-item-version.server";
import type { RejectReason } from "./moderation-choices";

export type Decision = { decision: "approve"; confirmUnreviewed: boolean } | { decision: "hold" } | { decision: "reject"; reason: RejectReason; note: string };

export type ModerateResult =
  | { kind: "done"; status: SubmissionStatus }
  | { kind: "needsConfirmation"; unreviewed: number }
  | { kind: "conflict" }
  | { kind: "withdrawn" };

const statusOf: Record<ModerationDecision, SubmissionStatus> = { approve: "approved", hold: "held", reject: "rejected" };
export const decisionActions: Record<ModerationDecision, string> = {
  approve: "submission.approved",
  hold: "submission.held",
  reject: "submission.rejected",
};


export async function moderateContribution(input: {
  submissionId: string;
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  version: number;
  decision: Decision;
}): Promise<ModerateResult> {
  const { submissionId, decision } = input;
  const result = await getDb().$transaction(async (tx): Promise<ModerateResult> => {
    if (decision.decision === "approve" && !decision.confirmUnreviewed) {
      const unreviewed = (await answersWithUnreviewedSuggestions(submissionId)).length;
      if (unreviewed > 0) return { kind: "needsConfirmation", unreviewed };
    }
    const claim = await claimItemVersion(tx, submissionId, input.version);
    if (!claim.ok) return { kind: claim.reason };
    const key = await tx.submissionKey.findUnique({ where: { submissionId } });
    const dataKey = key ? openSubmissionKey(submissionId, key.wrappedKey, getMasterKeyRing()) : null;
    if (!dataKey) throw new Error("a contribution under moderation has no data key");
    const status = statusOf[decision.decision];
    await tx.submission.update({ where: { id: submissionId }, data: { status } });
    const actionId = randomUUID();
    const note = decision.decision === "reject" ? decision.note : "";
    await tx.moderationAction.create({
      data: {
        id: actionId,
        submissionId,
        actorId: input.actorId,
        decision: decision.decision,
        reason: decision.decision === "reject" ? decision.reason : "",
        noteCipher: note ? encryptForSubmission(dataKey, note, moderationNoteContext(actionId, submissionId)) : null,
      },
    });
    if (decision.decision === "approve") await storeRedactedTexts(tx, submissionId, dataKey);
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: decisionActions[decision.decision],
      subjectType: "submission",
      subjectId: submissionId,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
      details: {
        from: claim.previousStatus,
        ...(decision.decision === "reject" ? { reason: decision.reason, withNote: note !== "" } : {}),
        ...(decision.decision === "approve" && decision.confirmUnreviewed ? { confirmedUnreviewed: true } : {}),
      },
    });
    return { kind: "done", status };
  });
  // After the commit: the summary counts follow the decision (the outbox trigger already marked it).
  if (result.kind === "done") await requestSummaryRefresh();
  return result;
}
