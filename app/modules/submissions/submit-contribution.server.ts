/**
 * Sending a contribution, exactly once.
 *
 * The review form carries an idempotency key (fresh per rendering). Sending
 * stores its keyed hash in `Submission.idempotencyKey` (unique) in the same
 * transaction that marks the contribution received, writes its consent
 * snapshot and the audit event. A copy of the same form — a double click, a
 * resent form, a retry after a network error — is recognised by that key
 * (before the transaction, or under the row lock if it raced) and gets the
 * same receipt; nothing is written twice. The receipt is returned only after
 * the transaction committed.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import type { SubmissionStatus } from "~/generated/prisma/enums";
import type { ConsentChoices } from "~/modules/consent/consent-choices";
import { applyConsentChange, dayOf } from "~/modules/consent/consent-records.server";
import { getDb } from "~/modules/db/db.server";
import { participantEventLogger } from "~/modules/logging/logger.server";
import {
  hashReceiptCode,
  idempotencyDigest,
  receiptCodeFor,
  receiptLookupFor,
} from "./contribution-secrets.server";
import { isEditable, type ContributionOwner } from "./contributions.server";

export type Receipt =
  /** A new receipt code, shown in this response (and to identical retries of it) only. */
  | { kind: "code"; code: string }
  /** The code issued earlier ("Save and finish later") stays this contribution's receipt. */
  | { kind: "savedCode" }
  /** A signed-in participant finds the contribution in "My contributions". */
  | { kind: "account" };

export type SubmitResult =
  | { kind: "received"; receipt: Receipt; edited: boolean }
  /** It was sent before, from another form: the receipt was shown then. */
  | { kind: "alreadySent" }
  | { kind: "notEditable" }
  | { kind: "empty" }
  | { kind: "summariesConsentNeeded" };

export type SubmitInput = {
  submissionId: string;
  owner: ContributionOwner;
  /** The review form's idempotency key. */
  formKey: string;
  /** The choices as re-confirmed on the review page. */
  choices: ConsentChoices;
  consentTextId?: string;
  now?: Date;
};

function receiptFor(owner: ContributionOwner, formKey: string, storedLookup: string | null): Receipt {
  if (owner.kind === "participant") return { kind: "account" };
  const code = receiptCodeFor(owner.draftToken, formKey);
  return storedLookup !== null && receiptLookupFor(code) === storedLookup ? { kind: "code", code } : { kind: "savedCode" };
}

/** Was a contribution already sent with this review form? (E.g. the page was reloaded after the cookie was cleared.) */
export async function wasSentWithForm(formKey: string): Promise<boolean> {
  const row = await getDb().submission.findUnique({
    where: { idempotencyKey: idempotencyDigest("submit", formKey) },
    select: { id: true },
  });
  return row !== null;
}

export async function submitContribution(input: SubmitInput): Promise<SubmitResult> {
  const db = getDb();
  const digest = idempotencyDigest("submit", input.formKey);

  // The idempotency lookup: this very form was sent and committed already.
  const sent = await db.submission.findUnique({
    where: { idempotencyKey: digest },
    select: { id: true, status: true, receiptLookup: true },
  });
  if (sent) {
    return sent.id === input.submissionId && sent.status !== "withdrawn"
      ? { kind: "received", receipt: receiptFor(input.owner, input.formKey, sent.receiptLookup), edited: false }
      : { kind: "alreadySent" };
  }
  // An older form of this contribution, sent before a later edit: sending it
  // again (a reloaded tab) must not bring back the choices it carried.
  if (await db.submitKey.findUnique({ where: { digest }, select: { digest: true } })) return { kind: "alreadySent" };

  // The receipt code's hash is one HMAC (contribution-secrets.server.ts), cheap
  // enough to make under the row lock; no read ahead of the transaction for it.
  let consultationId: string | null = null;
  let wrote = false;
  const result = await db.$transaction(async (tx): Promise<SubmitResult> => {
    const [locked] = await tx.$queryRaw<
      Array<{ status: SubmissionStatus; idempotencyKey: string; receiptLookup: string | null; consultationId: string; consentRecordId: string | null }>
    >`SELECT "status"::text AS "status", "idempotencyKey", "receiptLookup", "consultationId", "consentRecordId"
      FROM "Submission" WHERE "id" = ${input.submissionId} FOR UPDATE`;
    if (!locked) return { kind: "notEditable" };
    consultationId = locked.consultationId;
    // A copy of this form that waited for the lock while the first one committed.
    if (locked.idempotencyKey === digest) {
      return { kind: "received", receipt: receiptFor(input.owner, input.formKey, locked.receiptLookup), edited: false };
    }
    if (await tx.submitKey.findUnique({ where: { digest }, select: { digest: true } })) return { kind: "alreadySent" };
    if (!isEditable(locked.status)) return locked.status === "withdrawn" ? { kind: "notEditable" } : { kind: "alreadySent" };
    if (!input.choices.useInSummaries) return { kind: "summariesConsentNeeded" };
    const answers = await tx.answer.count({ where: { submissionId: input.submissionId } });
    if (answers === 0) return { kind: "empty" };

    if (locked.consentRecordId) {
      await applyConsentChange(tx, locked.consentRecordId, input.choices, {
        consentTextId: input.consentTextId,
        now: input.now,
      });
    }
    const first = locked.status === "draft";
    const day = dayOf(input.now);
    let receipt: Receipt;
    let newReceipt: { hash: string; lookup: string } | null = null;
    if (input.owner.kind === "participant") {
      receipt = { kind: "account" };
    } else if (locked.receiptLookup !== null) {
      receipt = { kind: "savedCode" };
    } else {
      const code = receiptCodeFor(input.owner.draftToken, input.formKey);
      newReceipt = { lookup: receiptLookupFor(code), hash: hashReceiptCode(code) };
      receipt = { kind: "code", code };
    }
    await tx.submission.update({
      where: { id: input.submissionId },
      data: {
        status: "received",
        ...(first ? { receivedOn: day } : {}),
        updatedOn: day,
        idempotencyKey: digest,
        ...(newReceipt ? { receiptHash: newReceipt.hash, receiptLookup: newReceipt.lookup } : {}),
      },
    });
    await tx.submitKey.create({ data: { digest, submissionId: input.submissionId } });
    await recordAuditEvent(tx, {
      actorKind: "participant",
      action: first ? "submission.received" : "submission.edited",
      subjectType: "submission",
      consultationId: locked.consultationId,
      details: { answers },
    });
    wrote = true;
    return { kind: "received", receipt, edited: !first };
  });
  // Ids only: never text, codes or tokens; and no time (participantEventLogger).
  if (wrote && result.kind === "received") participantEventLogger.info({ consultationId }, result.edited ? "submission edited" : "submission received");
  return result;
}
