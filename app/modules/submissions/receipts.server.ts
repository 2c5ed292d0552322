/**
 * Receipt codes for account-less input: issuing one ("Save and finish
 * later", or at sending), finding a contribution by one at /receipt, and
 * continuing a draft with one. See contribution-secrets.server.ts for how
 * a code is made and kept (argon2id hash + keyed-hash lookup, never the code).
 */
import { getDb } from "~/modules/db/db.server";
import { dayOf } from "~/modules/consent/consent-records.server";
import {
  draftTokenHash,
  hashReceiptCode,
  normaliseReceiptCode,
  randomDraftToken,
  receiptCodeFor,
  receiptLookupFor,
  verifyReceiptCode,
} from "./contribution-secrets.server";
import { isEditable } from "./contributions.server";

export type IssueResult =
  /** Show this code now; it will not be shown again (except to an identical resend of this form). */
  | { kind: "new"; code: string }
  /** A code was issued before and stays valid. */
  | { kind: "existing" };

/**
 * Gives an account-less contribution its receipt code, unless it has one
 * (then the person keeps using it — or, with `replace`, gets a new one and
 * the old one stops working).
 */
export async function issueReceiptCode(input: {
  submissionId: string;
  draftToken: string;
  formKey: string;
  replace?: boolean;
}): Promise<IssueResult> {
  const db = getDb();
  const row = await db.submission.findUnique({
    where: { id: input.submissionId },
    select: { receiptLookup: true, participantId: true },
  });
  if (!row || row.participantId !== null) return { kind: "existing" };
  const code = receiptCodeFor(input.draftToken, input.formKey);
  const lookup = receiptLookupFor(code);
  // The same form sent again: the same code.
  if (row.receiptLookup === lookup) return { kind: "new", code };
  if (row.receiptLookup !== null && !input.replace) return { kind: "existing" };
  const hash = hashReceiptCode(code);
  // Only if nobody changed the receipt meanwhile (a racing copy of another form).
  const updated = await db.submission.updateMany({
    where: { id: input.submissionId, receiptLookup: row.receiptLookup },
    data: { receiptHash: hash, receiptLookup: lookup },
  });
  if (updated.count === 0) {
    const now = await db.submission.findUnique({ where: { id: input.submissionId }, select: { receiptLookup: true } });
    return now?.receiptLookup === lookup ? { kind: "new", code } : { kind: "existing" };
  }
  return { kind: "new", code };
}

// A real receipt hash of a code never issued, verified when no row matches,
// so an unknown code is refused by the same work (one HMAC, one constant-time
// comparison) as a wrong one. Receipts stored as argon2id before take longer
// to open; that only tells someone who already holds a valid code (the page
// then opens anyway), and new receipts are all HMAC.
const decoyHash = hashReceiptCode("decoy-receipt-code-never-issued");

export type ReceiptHolder = { submissionId: string; consultationSlug: string };

/** The contribution a receipt code opens, or null (wrong, unknown or malformed). */
export async function findByReceiptCode(typed: string): Promise<ReceiptHolder | null> {
  const code = normaliseReceiptCode(typed);
  const row = code
    ? await getDb().submission.findUnique({
        where: { receiptLookup: receiptLookupFor(code) },
        select: { id: true, receiptHash: true, consultation: { select: { slug: true } } },
      })
    : null;
  if (!code || !row?.receiptHash) {
    await verifyReceiptCode(decoyHash, typed);
    return null;
  }
  if (!(await verifyReceiptCode(row.receiptHash, code))) return null;
  return { submissionId: row.id, consultationSlug: row.consultation.slug };
}

/**
 * Ties the contribution to this browser again (a new draft cookie token),
 * so the person can continue a draft or change input not yet reviewed.
 * Null when it can no longer be changed.
 */
export async function resumeWithReceipt(submissionId: string, now = new Date()): Promise<string | null> {
  const db = getDb();
  const row = await db.submission.findUnique({ where: { id: submissionId }, select: { status: true, participantId: true } });
  if (!row || row.participantId !== null || !isEditable(row.status)) return null;
  const token = randomDraftToken();
  const updated = await db.submission.updateMany({
    where: { id: submissionId, status: { in: ["draft", "received"] } },
    data: { draftTokenHash: draftTokenHash(token), updatedOn: dayOf(now) },
  });
  return updated.count === 1 ? token : null;
}
