/**
 * The participant's side of the inbox, on their own contribution's page in
 * /me: reading the thread (which marks facilitators' messages read), replying
 * while contact is on, and turning contact off — the same consent change as
 * unticking (d) (changeContributionConsent), which closes the thread for
 * both sides. The caller has checked that the contribution is theirs.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { consentRecordChoices } from "~/modules/consent/consent-records.server";
import { getDb } from "~/modules/db/db.server";
import { changeContributionConsent } from "~/modules/submissions/contributions.server";
import { appendMessage, contactSelect, isContactable, lockForMessage, readThread } from "./thread.server";

export async function openOwnThread(submissionId: string) {
  const row = await getDb().submission.findUniqueOrThrow({ where: { id: submissionId }, select: contactSelect });
  const messages = await readThread(submissionId);
  if (messages.some((message) => message.unread)) {
    await getDb().message.updateMany({ where: { submissionId, fromParticipant: false, readByParticipant: false }, data: { readByParticipant: true } });
  }
  const contactable = isContactable(row);
  // A participant answers; a facilitator opens the conversation.
  return { contactable, canReply: contactable && messages.some((message) => !message.fromParticipant), messages };
}

export type ReplyResult = { ok: true } | { ok: false; field: "body"; error: string };

export async function replyToFacilitator(input: { submissionId: string; body: string; now?: Date }): Promise<ReplyResult> {
  return getDb().$transaction(async (tx): Promise<ReplyResult> => {
    const row = await lockForMessage(tx, input.submissionId);
    const opened = row ? (await tx.message.count({ where: { submissionId: input.submissionId, fromParticipant: false } })) > 0 : false;
    if (!row?.key || !isContactable(row) || !opened) return { ok: false, field: "body", error: "participation:inbox.errors.closed" };
    await appendMessage(tx, { submissionId: input.submissionId, wrappedKey: row.key.wrappedKey, fromParticipant: true, staffUserId: null, body: input.body, now: input.now });
    // A participant's event: no id of the person or the contribution, only the day (recordAuditEvent).
    await recordAuditEvent(tx, { actorKind: "participant", action: "message.replied", subjectType: "submission", consultationId: row.consultationId });
    return { ok: true };
  });
}

/** Sets (d) to false through the one consent-change path; the other choices stay as they are. */
export async function turnOffInboxContact(submissionId: string): Promise<void> {
  const row = await getDb().submission.findUnique({
    where: { id: submissionId },
    select: { consentRecord: { select: consentRecordChoices } },
  });
  if (!row?.consentRecord || !row.consentRecord.inboxContact) return;
  await changeContributionConsent(submissionId, { ...row.consentRecord, inboxContact: false });
}

/** Unread facilitators' messages per contribution, for "My contributions". */
export async function countUnreadMessages(submissionIds: readonly string[]): Promise<Map<string, number>> {
  const groups = await getDb().message.groupBy({
    by: ["submissionId"],
    where: { submissionId: { in: [...submissionIds] }, fromParticipant: false, readByParticipant: false },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.submissionId, group._count._all]));
}
