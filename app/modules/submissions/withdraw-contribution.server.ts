/**
 * Withdrawal is real, and this is exactly how far it goes.
 *
 * At once, in one transaction: every answer row is deleted (and with them
 * their redactions, redacted texts and codes), the contribution's theme tags,
 * moderation notes, messages, safety flags, lock, self-description and in-person
 * consent reference are deleted, and its data key — the only thing that makes the
 * ciphertext readable — is deleted from SubmissionKey. Exact duplicates
 * merged into it go the same way (destroyWords). A tombstone stays (status
 * "withdrawn" and the day), so "My contributions" and /receipt can say what
 * happened. The audit event holds no text and no id.
 *
 * A DELETE only marks rows dead: PostgreSQL's table files and its WAL still
 * hold the old bytes. Deleting the key row therefore records (by a database
 * trigger) that SubmissionKey must be rewritten, and purge-withdrawn-keys
 * (scheduled in the running server every few minutes while such a request is
 * pending, see key-purge-schedule.ts) rewrites it with VACUUM FULL and has
 * the WAL segments holding the old key removed. From then on no copy of the
 * key exists in this server's files, and the ciphertext that may linger in
 * dead rows of Answer is noise. What this cannot reach: backups and WAL
 * archives made before the purge (their retention is the operator's; see
 * README, "What withdrawal destroys"), and disk blocks the file system has
 * freed but not overwritten.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import type { Prisma } from "~/generated/prisma/client";
import type { SubmissionStatus } from "~/generated/prisma/enums";
import { dayOf } from "~/modules/consent/consent-records.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { participantEventLogger } from "~/modules/logging/logger.server";
import { publishedStatusOf } from "~/modules/summaries/published-status.server";

export type WithdrawResult =
  | {
      kind: "withdrawn";
      /** A summary drawing on this input was already published: that cannot be undone. */
      publishedSummaryExisted: boolean;
    }
  | { kind: "alreadyWithdrawn" }
  | { kind: "notFound" };

/**
 * Everything that holds or points at the contribution's words, for one
 * Submission row (locked by the caller): answers (with their redactions,
 * redacted texts and codes), theme tags, moderation notes, messages, safety
 * flags, lock, the in-person consent reference and the data key; the row
 * stays as a tombstone. Returns how many answers went.
 */
async function destroyWords(tx: Prisma.TransactionClient, submissionId: string, day: Date): Promise<number> {
  const answers = await tx.answer.deleteMany({ where: { submissionId } });
  await tx.themeTag.deleteMany({ where: { submissionId } });
  await tx.moderationAction.deleteMany({ where: { submissionId } });
  // What the workspace added about it goes too: messages with the person, safety flags, who had it open.
  await tx.message.deleteMany({ where: { submissionId } });
  await tx.safetyFlag.deleteMany({ where: { submissionId } });
  await tx.itemLock.deleteMany({ where: { submissionId } });
  // The optional self-description: unreadable without the key anyway, but the row must go so group totals drop
  // (its trigger marks the contribution for the next summaries refresh).
  await tx.selfDescription.deleteMany({ where: { submissionId } });
  // The trigger on SubmissionKey records the pending purge in this same transaction.
  await tx.submissionKey.deleteMany({ where: { submissionId } });
  await tx.submission.update({
    where: { id: submissionId },
    // participantId: null — the tombstone no longer says whose it was (docs/decisions.md).
    // The in-person consent reference may name a form or a witness: unreadable without the key, and gone.
    data: { status: "withdrawn", withdrawnOn: day, updatedOn: day, draftTokenHash: null, participantId: null, consentReferenceCipher: null, duplicateOfId: null },
  });
  return answers.count;
}

export async function withdrawContribution(submissionId: string, now = new Date()): Promise<WithdrawResult> {
  const day = dayOf(now);
  const publishedBefore = (await publishedStatusOf([submissionId])).get(submissionId)?.included ?? false;
  const result = await getDb().$transaction(async (tx): Promise<WithdrawResult & { consultationId?: string }> => {
    const [locked] = await tx.$queryRaw<Array<{ status: SubmissionStatus; consultationId: string; consentRecordId: string | null }>>`
      SELECT "status"::text AS "status", "consultationId", "consentRecordId" FROM "Submission" WHERE "id" = ${submissionId} FOR UPDATE`;
    if (!locked) return { kind: "notFound" };
    if (locked.status === "withdrawn") return { kind: "alreadyWithdrawn" };
    // What the person was told in /me: counted in a theme with a published synthesis (read before the words go).
    const published = publishedBefore;

    const answers = await destroyWords(tx, submissionId, day);
    // Exact duplicates merged into it are the same person's same words (merging keeps one of
    // them): they are withdrawn with it, or the words would outlive the withdrawal there.
    const merged = await tx.$queryRaw<Array<{ id: string; consentRecordId: string | null }>>`
      SELECT "id", "consentRecordId" FROM "Submission" WHERE "duplicateOfId" = ${submissionId} AND "status" <> 'withdrawn' FOR UPDATE`;
    for (const duplicate of merged) {
      await destroyWords(tx, duplicate.id, day);
      if (duplicate.consentRecordId) {
        await tx.consentRecord.update({ where: { id: duplicate.consentRecordId }, data: { withdrawnOn: day, participantId: null } });
      }
    }
    if (locked.consentRecordId) {
      await tx.consentRecord.update({ where: { id: locked.consentRecordId }, data: { withdrawnOn: day, participantId: null } });
    }
    await recordAuditEvent(tx, {
      actorKind: "participant",
      action: "submission.withdrawn",
      subjectType: "submission",
      consultationId: locked.consultationId,
      details: { previousStatus: locked.status, answers, ...(merged.length > 0 ? { mergedDuplicates: merged.length } : {}) },
    });
    return { kind: "withdrawn", publishedSummaryExisted: published, consultationId: locked.consultationId };
  });
  if (result.kind === "withdrawn") {
    participantEventLogger.info({ consultationId: result.consultationId }, "submission withdrawn");
    // After the commit: the withdrawn input leaves the summary counts at the next refresh, which this asks for now.
    await requestSummaryRefresh();
  }
  const { consultationId: _consultationId, ...answer } = result;
  return answer as WithdrawResult;
}
