/**
 * The facilitator's side of the inbox: showing the thread (one read event,
 * like every other time a participant's words are shown to staff) and
 * writing to the participant (one audit event, never the text). Writing is
 * refused, with nothing stored, unless the participant may be written to
 * (thread.server.ts isContactable).
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { recordReads } from "~/modules/audit/record-reads.server";
import { getDb } from "~/modules/db/db.server";
import { appendMessage, contactSelect, isContactable, lockForMessage, readThread } from "./thread.server";

type Staff = { actorId: string; consultationId: string; organisationId: string | null };

export async function showThreadToFacilitator(submissionId: string, staff: Staff) {
  const row = await getDb().submission.findUniqueOrThrow({ where: { id: submissionId }, select: contactSelect });
  const messages = await readThread(submissionId);
  if (messages.length > 0) {
    await recordReads(getDb(), {
      actorId: staff.actorId,
      consultationId: staff.consultationId,
      organisationId: staff.organisationId,
      submissionIds: [submissionId],
      kind: "submission.read",
      details: { what: "messages" },
    });
  }
  return { contactable: isContactable(row), withdrawn: row.status === "withdrawn", messages };
}

export type SendMessageResult = { ok: true } | { ok: false; field: "form"; error: string };

export async function sendFacilitatorMessage(input: Staff & { submissionId: string; body: string; now?: Date }): Promise<SendMessageResult> {
  return getDb().$transaction(async (tx): Promise<SendMessageResult> => {
    const row = await lockForMessage(tx, input.submissionId);
    if (!row?.key || !isContactable(row)) return { ok: false, field: "form", error: "workspace:inbox.errors.notContactable" };
    await appendMessage(tx, { submissionId: input.submissionId, wrappedKey: row.key.wrappedKey, fromParticipant: false, staffUserId: input.actorId, body: input.body, now: input.now });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "message.sent",
      subjectType: "submission",
      subjectId: input.submissionId,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
    });
    return { ok: true };
  });
}
