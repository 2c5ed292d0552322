/**
 * A contribution while it is written: starting it at the consent step,
 * finding it again on later requests, saving answers (encrypted), reading
 * them back. Submitting, receipts and withdrawal are in their own files.
 *
 * Who a contribution belongs to: a signed-in participant (participantId), or
 * for account-less input one browser (the draft cookie's token, of which only
 * the SHA-256 is stored) — and, once issued, whoever holds its receipt code.
 */
import { randomUUID } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import type { Stance, SubmissionStatus } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { allowedQuoteLevels, type ConsentChoices, type QuoteLevel } from "~/modules/consent/consent-choices";
import { applyConsentChange, consentRecordChoices, createConsentRecord, dayOf } from "~/modules/consent/consent-records.server";
import { DecryptionError, type MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { logger } from "~/modules/logging/logger.server";
import type { AnswerInput } from "./respond-forms";
import { draftTokenForStart, draftTokenHash, idempotencyDigest } from "./contribution-secrets.server";
import {
  decryptAnswerText,
  encryptAnswerText,
  newSubmissionKey,
  openSubmissionKey,
} from "./submission-crypto.server";

export type ContributionOwner = { kind: "participant"; participantId: string } | { kind: "browser"; draftToken: string };

/** A person may change their answers while nobody has started reviewing them. */
export const editableStatuses: readonly SubmissionStatus[] = ["draft", "received"];
export const isEditable = (status: SubmissionStatus) => editableStatuses.includes(status);

/** An account-less draft cookie stops working after a day without saving (it also dies with the browser). */
const draftCookieIdleDays = 1;
const dayMs = 24 * 60 * 60 * 1000;

const workingSelect = {
  id: true,
  consultationId: true,
  participantId: true,
  status: true,
  key: { select: { wrappedKey: true } },
  language: true,
  receiptLookup: true,
  receiptHash: true,
  idempotencyKey: true,
  draftTokenHash: true,
  receivedOn: true,
  updatedOn: true,
  consentRecordId: true,
  consentRecord: {
    select: {
      ...consentRecordChoices,
      withdrawnOn: true,
      consentTextId: true,
      consentText: { select: { version: true, language: true } },
    },
  },
} satisfies Prisma.SubmissionSelect;

export type WorkingContribution = Prisma.SubmissionGetPayload<{ select: typeof workingSelect }>;

/** The contribution this person is working on in this consultation (not withdrawn), if any. */
export async function findWorkingContribution(
  consultationId: string,
  owner: ContributionOwner,
  now = new Date(),
): Promise<WorkingContribution | null> {
  const db = getDb();
  if (owner.kind === "participant") {
    return db.submission.findFirst({
      where: { consultationId, participantId: owner.participantId, status: { not: "withdrawn" } },
      orderBy: { updatedOn: "desc" },
      select: workingSelect,
    });
  }
  return db.submission.findFirst({
    where: {
      consultationId,
      participantId: null,
      draftTokenHash: draftTokenHash(owner.draftToken),
      status: { not: "withdrawn" },
      updatedOn: { gte: dayOf(new Date(now.getTime() - draftCookieIdleDays * dayMs)) },
    },
    select: workingSelect,
  });
}

export async function getContributionById(submissionId: string): Promise<WorkingContribution | null> {
  return getDb().submission.findUnique({ where: { id: submissionId }, select: workingSelect });
}

// ---------------------------------------------------------------- starting

export type StartInput = {
  consultation: { id: string; draftVersionId: string | null };
  owner: { kind: "participant"; participantId: string } | { kind: "browser" };
  /** The consent form's idempotency key. */
  formKey: string;
  consentTextId: string;
  choices: ConsentChoices;
  language: string;
  now?: Date;
  ring?: MasterKeyRing;
};

export type StartResult =
  | { kind: "started"; submissionId: string; draftToken: string | null }
  /** The form was used already and cannot start anything now (e.g. an old page sent again much later). */
  | { kind: "stale" };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A consent form sent again (double click, retry): the contribution it started, with the same cookie. */
async function resentStart(digest: string, input: StartInput): Promise<StartResult | null> {
  const row = await getDb().submission.findUnique({
    where: { idempotencyKey: digest },
    select: {
      id: true,
      participantId: true,
      status: true,
      receiptLookup: true,
      draftTokenHash: true,
      _count: { select: { answers: true } },
    },
  });
  if (!row) return null;
  if (input.owner.kind === "participant") {
    return row.participantId === input.owner.participantId
      ? { kind: "started", submissionId: row.id, draftToken: null }
      : { kind: "stale" };
  }
  // The cookie is handed out again only while the draft is still empty: a
  // replayed form can never open anything anyone has written.
  const token = draftTokenForStart(input.formKey);
  const fresh =
    row.participantId === null &&
    row.status === "draft" &&
    row.receiptLookup === null &&
    row._count.answers === 0 &&
    row.draftTokenHash === draftTokenHash(token);
  return fresh ? { kind: "started", submissionId: row.id, draftToken: token } : { kind: "stale" };
}

/**
 * Creates the draft contribution with its consent record at the consent
 * step (a signed-in participant's existing one is reused). Idempotent per
 * consent form: sending it twice starts one draft and sets the same cookie.
 */
export async function startContribution(input: StartInput): Promise<StartResult> {
  const digest = idempotencyDigest("start", input.formKey);
  const resent = await resentStart(digest, input);
  if (resent) return resent;
  const ring = input.ring ?? getMasterKeyRing();
  const { submissionId, wrappedKey } = newSubmissionKey(ring);
  const owner = input.owner;
  try {
    const result = await getDb().$transaction(async (tx): Promise<StartResult> => {
      if (owner.kind === "participant") {
        // One contribution per participant and consultation at a time.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`contribution|${owner.participantId}|${input.consultation.id}`}))`;
        const existing = await tx.submission.findFirst({
          where: { consultationId: input.consultation.id, participantId: owner.participantId, status: { not: "withdrawn" } },
          select: { id: true, consentRecordId: true },
        });
        if (existing) {
          if (existing.consentRecordId) {
            await applyConsentChange(tx, existing.consentRecordId, input.choices, { consentTextId: input.consentTextId, now: input.now });
          }
          return { kind: "started", submissionId: existing.id, draftToken: null };
        }
      }
      const participantId = owner.kind === "participant" ? owner.participantId : null;
      const consentRecordId = await createConsentRecord(tx, {
        consultationId: input.consultation.id,
        participantId,
        consentTextId: input.consentTextId,
        choices: input.choices,
        now: input.now,
      });
      const draftToken = owner.kind === "browser" ? draftTokenForStart(input.formKey) : null;
      await tx.submission.create({
        data: {
          id: submissionId,
          consultationId: input.consultation.id,
          participantId,
          consentRecordId,
          draftVersionId: input.consultation.draftVersionId,
          language: input.language,
          status: "draft",
          idempotencyKey: digest,
          draftTokenHash: draftToken ? draftTokenHash(draftToken) : null,
          key: { create: { wrappedKey } },
          updatedOn: dayOf(input.now),
        },
      });
      return { kind: "started", submissionId, draftToken };
    });
    // Now and then, clear away account-less drafts nobody can reach any more.
    if (Math.random() < 0.02) await purgeAbandonedDrafts(input.now).catch(() => undefined);
    return result;
  } catch (error) {
    // Two copies of the same form raced: the other one created the draft.
    if (isUniqueViolation(error)) return (await resentStart(digest, input)) ?? { kind: "stale" };
    throw error;
  }
}

/**
 * Records changed consent choices for a contribution (and, when given, the
 * consent text shown and per-answer quoting choices). Per-answer choices are
 * kept within the new contribution-wide ones. Returns whether anything changed.
 */
export async function changeContributionConsent(
  submissionId: string,
  choices: ConsentChoices,
  options: { consentTextId?: string; answerQuoteConsent?: ReadonlyMap<string, QuoteLevel>; now?: Date } = {},
): Promise<boolean> {
  const changed = await getDb().$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id: submissionId },
      select: { consentRecordId: true, consultationId: true, status: true },
    });
    if (!row?.consentRecordId || row.status === "withdrawn") return false;
    let changed = await applyConsentChange(tx, row.consentRecordId, choices, options);
    const allowed = allowedQuoteLevels(choices);
    for (const [answerId, level] of options.answerQuoteConsent ?? []) {
      const updated = await tx.answer.updateMany({
        where: { id: answerId, submissionId, quoteConsent: { not: allowed.includes(level) ? level : "count_only" } },
        data: { quoteConsent: allowed.includes(level) ? level : "count_only" },
      });
      changed ||= updated.count > 0;
    }
    if (changed && row.status !== "draft") {
      await recordAuditEvent(tx, {
        actorKind: "participant",
        action: "consent.changed",
        subjectType: "submission",
        consultationId: row.consultationId,
        details: { ...choices },
      });
    }
    return changed;
  });
  // After the commit: narrowed consent (no summaries) takes the input out of the counts.
  if (changed) await requestSummaryRefresh();
  return changed;
}

// ---------------------------------------------------------------- answers

/** One answer as a form page posted it (see respond-forms.ts); text is free text or a stance's "why", null when empty. */
export type ParsedAnswer = AnswerInput;

export const isEmptyAnswer = (answer: ParsedAnswer) =>
  answer.text === null && answer.stance === null && answer.optionIds.length === 0;

export type SaveResult = { ok: true } | { ok: false; reason: "notEditable" | "unreadable" };

/**
 * Saves one page of answers: each non-empty one is written (its text
 * encrypted with a fresh IV, bound to the answer and the submission), each
 * empty one is deleted — skipping a question leaves nothing behind. The
 * submission row is locked, so a save never interleaves with sending it.
 */
export async function saveAnswers(input: {
  submissionId: string;
  answers: readonly ParsedAnswer[];
  ring?: MasterKeyRing;
  now?: Date;
}): Promise<SaveResult> {
  const ring = input.ring ?? getMasterKeyRing();
  return getDb().$transaction(async (tx): Promise<SaveResult> => {
    const [locked] = await tx.$queryRaw<Array<{ status: SubmissionStatus; wrappedKey: string | null }>>`
      SELECT s."status"::text AS "status", k."wrappedKey"
      FROM "Submission" s LEFT JOIN "SubmissionKey" k ON k."submissionId" = s."id"
      WHERE s."id" = ${input.submissionId} FOR UPDATE OF s`;
    if (!locked || !isEditable(locked.status)) return { ok: false, reason: "notEditable" };
    const consent = await tx.submission.findUnique({
      where: { id: input.submissionId },
      select: { consentRecord: { select: { ...consentRecordChoices, withdrawnOn: true } } },
    });
    const allowed = allowedQuoteLevels(consent?.consentRecord ?? null);
    let dataKey: Buffer;
    try {
      dataKey = openSubmissionKey(input.submissionId, locked.wrappedKey ?? "", ring);
    } catch (error) {
      // A damaged or unknown data key: refuse to save (the page keeps what was typed), never a 500.
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ submissionId: input.submissionId }, "a submission's data key could not be unwrapped while saving");
      return { ok: false, reason: "unreadable" };
    }
    const existing = await tx.answer.findMany({
      where: { submissionId: input.submissionId, questionId: { in: input.answers.map((answer) => answer.questionId) } },
      select: { id: true, questionId: true },
    });
    const existingIds = new Map(existing.map((row) => [row.questionId, row.id]));
    for (const answer of input.answers) {
      const existingId = existingIds.get(answer.questionId);
      if (isEmptyAnswer(answer)) {
        if (existingId) await tx.answer.delete({ where: { id: existingId } });
        continue;
      }
      const answerId = existingId ?? randomUUID();
      const values = {
        stance: answer.stance,
        optionIds: answer.optionIds,
        principleId: answer.principleId,
        // Never wider than the contribution-wide choice allows.
        quoteConsent: allowed.includes(answer.quoteConsent) ? answer.quoteConsent : "count_only",
        textCipher: answer.text === null ? null : encryptAnswerText(dataKey, answer.text, answerId, input.submissionId),
      } as const;
      if (existingId) {
        // Saved redactions count offsets into the old words: they no longer fit the new ones, so the
        // facilitators start this answer's redaction again (and drafters read nothing stale meanwhile).
        await tx.redaction.deleteMany({ where: { answerId } });
        await tx.answer.update({ where: { id: answerId }, data: { ...values, redactedCipher: null, redactionReviewed: false } });
      }
      else await tx.answer.create({ data: { id: answerId, submissionId: input.submissionId, questionId: answer.questionId, ...values } });
    }
    await tx.submission.update({ where: { id: input.submissionId }, data: { updatedOn: dayOf(input.now) } });
    return { ok: true };
  });
}

export type AnswerView = {
  id: string;
  questionId: string;
  text: string | null;
  /** The stored text could not be decrypted (altered, moved, or its key is gone). */
  unreadable: boolean;
  stance: Stance | null;
  optionIds: string[];
  quoteConsent: QuoteLevel;
};

/**
 * A contribution's answers, decrypted. A value that fails to decrypt is
 * reported for that answer only (and logged by id, never by content); the
 * others are still shown.
 */
export async function readAnswers(
  submission: { id: string; key: { wrappedKey: string } | null },
  ring: MasterKeyRing = getMasterKeyRing(),
): Promise<Map<string, AnswerView>> {
  const rows = await getDb().answer.findMany({
    where: { submissionId: submission.id },
    select: { id: true, questionId: true, textCipher: true, stance: true, optionIds: true, quoteConsent: true },
  });
  let dataKey: Buffer | null = null;
  if (rows.some((row) => row.textCipher !== null)) {
    try {
      dataKey = openSubmissionKey(submission.id, submission.key?.wrappedKey ?? "", ring);
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ submissionId: submission.id }, "a submission's data key could not be unwrapped");
    }
  }
  const answers = new Map<string, AnswerView>();
  for (const row of rows) {
    let text: string | null = null;
    let unreadable = false;
    if (row.textCipher !== null) {
      try {
        if (!dataKey) throw new DecryptionError(`answer ${row.id}`);
        text = decryptAnswerText(dataKey, row.textCipher, row.id, submission.id);
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        unreadable = true;
        logger.error({ answerId: row.id }, "an answer could not be decrypted");
      }
    }
    answers.set(row.questionId, {
      id: row.id,
      questionId: row.questionId,
      text,
      unreadable,
      stance: row.stance,
      optionIds: row.optionIds,
      quoteConsent: row.quoteConsent,
    });
  }
  return answers;
}

// ---------------------------------------------------------------- housekeeping

/** Account-less drafts without a receipt code, untouched for this many days, can no longer be reached. */
export const abandonedDraftDays = 2;

/**
 * Deletes account-less drafts that nobody can reach any more: no receipt
 * code was ever issued and the browser's cookie has long expired. Their
 * consent records go with them (the draft cascades from its record).
 */
export async function purgeAbandonedDrafts(now = new Date()): Promise<number> {
  const before = dayOf(new Date(now.getTime() - abandonedDraftDays * dayMs));
  const db = getDb();
  const abandoned = await db.submission.findMany({
    where: { status: "draft", participantId: null, receiptLookup: null, updatedOn: { lt: before } },
    select: { id: true, consentRecordId: true },
    take: 500,
  });
  if (abandoned.length === 0) return 0;
  await db.$transaction([
    db.submission.deleteMany({ where: { id: { in: abandoned.map((row) => row.id) }, status: "draft", receiptLookup: null } }),
    db.consentRecord.deleteMany({
      where: { id: { in: abandoned.flatMap((row) => (row.consentRecordId ? [row.consentRecordId] : [])) }, submissions: { none: {} } },
    }),
  ]);
  return abandoned.length;
}
