/**
 * Withdrawal is real: in one transaction every answer row is deleted (so
 * the text and its ciphertext are gone, and with them their redactions), the
 * contribution's theme tags and moderation notes are deleted, and its data
 * key is wiped — so any copy of the ciphertext left in a backup or the
 * database's own files can no longer be decrypted either. A tombstone stays
 * (status "withdrawn" and the day), so "My contributions" and /receipt can
 * say what happened. The audit event holds no text and no id.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import type { SubmissionStatus } from "~/generated/prisma/enums";
import { dayOf } from "~/modules/consent/consent-records.server";
import { getDb } from "~/modules/db/db.server";
import { participantEventLogger } from "~/modules/logging/logger.server";

export type WithdrawResult =
  | {
      kind: "withdrawn";
      /** A summary drawing on this input was already published: that cannot be undone. */
      publishedSummaryExisted: boolean;
    }
  | { kind: "alreadyWithdrawn" }
  | { kind: "notFound" };

export async function withdrawContribution(submissionId: string, now = new Date()): Promise<WithdrawResult> {
  const day = dayOf(now);
  const result = await getDb().$transaction(async (tx): Promise<WithdrawResult & { consultationId?: string }> => {
    const [locked] = await tx.$queryRaw<Array<{ status: SubmissionStatus; consultationId: string; consentRecordId: string | null }>>`
      SELECT "status"::text AS "status", "consultationId", "consentRecordId" FROM "Submission" WHERE "id" = ${submissionId} FOR UPDATE`;
    if (!locked) return { kind: "notFound" };
    if (locked.status === "withdrawn") return { kind: "alreadyWithdrawn" };
    const published =
      locked.status === "approved" &&
      (await tx.themeSynthesis.count({ where: { consultationId: locked.consultationId, publishedAt: { not: null } } })) > 0;

    const answers = await tx.answer.deleteMany({ where: { submissionId } });
    await tx.themeTag.deleteMany({ where: { submissionId } });
    await tx.moderationAction.deleteMany({ where: { submissionId } });
    await tx.submission.update({
      where: { id: submissionId },
      // participantId: null — the tombstone no longer says whose it was (docs/decisions.md).
      data: { status: "withdrawn", withdrawnOn: day, updatedOn: day, wrappedKey: "", draftTokenHash: null, participantId: null },
    });
    if (locked.consentRecordId) {
      await tx.consentRecord.update({ where: { id: locked.consentRecordId }, data: { withdrawnOn: day, participantId: null } });
    }
    await recordAuditEvent(tx, {
      actorKind: "participant",
      action: "submission.withdrawn",
      subjectType: "submission",
      consultationId: locked.consultationId,
      details: { previousStatus: locked.status, answers: answers.count },
    });
    return { kind: "withdrawn", publishedSummaryExisted: published, consultationId: locked.consultationId };
  });
  if (result.kind === "withdrawn") participantEventLogger.info({ consultationId: result.consultationId }, "submission withdrawn");
  const { consultationId: _consultationId, ...answer } = result;
  return answer as WithdrawResult;
}
