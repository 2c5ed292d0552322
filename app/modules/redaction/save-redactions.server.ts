/**
 * Saving a contribution's redactions: the spans the facilitator kept, ticked
 * and typed replace the saved ones, every text answer is marked reviewed,
 * the redacted text drafters read is recomputed, the item moves from
 * received to in review and its version goes up — one transaction, one audit
 * event (counts only, never words). Refused with nothing stored: a stale
 * version (conflict, both sets of spans shown), a withdrawn contribution, a
 * span outside its text, overlapping spans, words not found.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { RedactionKind, SubmissionStatus } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { DecryptionError } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { logger } from "~/modules/logging/logger.server";
import { decryptAnswerText, openSubmissionKey } from "~/modules/submissions/submission-crypto.server";
import { checkSpans, type RedactionSpan } from "./apply-redactions";
import { storeRedactedTexts } from "./store-redacted-text.server";
import type { SpanView } from "./get-redaction-page.server";
import { knownTermLookup, sealKnownTerm } from "./known-terms.server";
import { addFieldName, findOccurrence, type AddedSpan, type ChosenSpan, type RememberedSpan } from "./redaction-forms";

export type ConflictAnswer = { answerId: string; stored: SpanView[]; sent: SpanView[] };

export type SaveRedactionsResult =
  | { kind: "saved" }
  | { kind: "withdrawn" }
  | { kind: "conflict"; answers: ConflictAnswer[] }
  | { kind: "refused"; field?: string; error: string; errorValues?: Record<string, string> };

const refused = (error: string, field?: string, errorValues?: Record<string, string>): SaveRedactionsResult => ({
  kind: "refused",
  error,
  ...(field ? { field } : {}),
  ...(errorValues ? { errorValues } : {}),
});

type AnswerRow = { id: string; text: string; redactions: Array<{ start: number; end: number; kind: RedactionKind }> };

/** The spans asked for each answer: ticked ones as they are, typed ones found in the text. */
function spansAsked(answers: readonly AnswerRow[], chosen: readonly ChosenSpan[], added: readonly AddedSpan[]) {
  const byAnswer = new Map<string, RedactionSpan[]>(answers.map((answer) => [answer.id, []]));
  for (const span of chosen) {
    const list = byAnswer.get(span.answerId);
    if (!list) return refused("workspace:redaction.errors.unknownAnswer");
    list.push({ start: span.start, end: span.end, kind: span.kind });
  }
  for (const span of added) {
    const answer = answers.find((row) => row.id === span.answerId);
    if (!answer) return refused("workspace:redaction.errors.unknownAnswer");
    const field = addFieldName(span.answerId, "words");
    if (span.occurrence < 1) return refused("workspace:redaction.errors.occurrenceInvalid", addFieldName(span.answerId, "occurrence"));
    const start = findOccurrence(answer.text, span.words, span.occurrence);
    if (start < 0) {
      return span.occurrence === 1 || findOccurrence(answer.text, span.words, 1) < 0
        ? refused("workspace:redaction.errors.wordsNotFound", field)
        : refused("workspace:redaction.errors.occurrenceNotFound", addFieldName(span.answerId, "occurrence"), { occurrence: String(span.occurrence) });
    }
    byAnswer.get(span.answerId)!.push({ start, end: start + span.words.length, kind: span.kind });
  }
  return byAnswer;
}

/**
 * Adds the remembered names and places to the consultation's known terms, in
 * the save's transaction (and so under its one audit event). Only a span
 * being saved as a name or place counts; a term already known is skipped.
 */
async function rememberTerms(
  tx: Prisma.TransactionClient,
  consultationId: string,
  answers: readonly AnswerRow[],
  saved: ReadonlyMap<string, RedactionSpan[]>,
  remember: readonly RememberedSpan[],
): Promise<number> {
  const rows = remember.flatMap((wanted) => {
    const span = saved.get(wanted.answerId)?.find((candidate) => candidate.start === wanted.start && candidate.end === wanted.end);
    const text = answers.find((answer) => answer.id === wanted.answerId)?.text;
    if (!span || text === undefined || (span.kind !== "name" && span.kind !== "place")) return [];
    const term = text.slice(span.start, span.end).trim().replace(/\s+/g, " ");
    const id = randomUUID();
    return [{ id, consultationId, kind: span.kind, lookup: knownTermLookup(span.kind, term), valueCipher: sealKnownTerm(id, term) }];
  });
  const unique = [...new Map(rows.map((row) => [row.lookup, row])).values()];
  if (unique.length === 0) return 0;
  return (await tx.knownTerm.createMany({ data: unique, skipDuplicates: true })).count;
}

export async function saveRedactions(input: {
  submissionId: string;
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  version: number;
  chosen: readonly ChosenSpan[];
  added: readonly AddedSpan[];
  /** Names and places being redacted that the facilitator also wants suggested in every other item. */
  remember?: readonly RememberedSpan[];
}): Promise<SaveRedactionsResult> {
  const ring = getMasterKeyRing();
  return getDb().$transaction(async (tx): Promise<SaveRedactionsResult> => {
    // Locked, so two saves of one item run one after the other and the second sees the first's version.
    const [locked] = await tx.$queryRaw<Array<{ status: SubmissionStatus; version: number; wrappedKey: string | null }>>`
      SELECT s."status"::text AS "status", s."version", k."wrappedKey"
      FROM "Submission" s LEFT JOIN "SubmissionKey" k ON k."submissionId" = s."id"
      WHERE s."id" = ${input.submissionId} FOR UPDATE OF s`;
    if (!locked || locked.status === "withdrawn" || !locked.wrappedKey) return { kind: "withdrawn" };
    let dataKey: Buffer;
    try {
      dataKey = openSubmissionKey(input.submissionId, locked.wrappedKey, ring);
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ submissionId: input.submissionId }, "a submission's data key could not be unwrapped while redacting");
      return refused("workspace:redaction.errors.unreadable");
    }
    const rows = await tx.answer.findMany({
      where: { submissionId: input.submissionId, textCipher: { not: null } },
      select: { id: true, textCipher: true, redactions: { orderBy: { start: "asc" }, select: { start: true, end: true, kind: true } } },
    });
    const answers: AnswerRow[] = rows.map((row) => ({
      id: row.id,
      text: decryptAnswerText(dataKey, row.textCipher ?? "", row.id, input.submissionId),
      redactions: row.redactions,
    }));
    if (locked.version !== input.version) {
      // Someone saved this item since the page was opened: show both, overwrite nothing. The conflict
      // comes first — a mistake in what was sent matters less than the other person's work.
      return {
        kind: "conflict",
        answers: answers.map((answer) => {
          const words = (span: { start: number; end: number; kind: RedactionKind }) => ({ ...span, words: answer.text.slice(span.start, span.end) });
          const typed = input.added
            .filter((span) => span.answerId === answer.id)
            .flatMap((span) => {
              const start = findOccurrence(answer.text, span.words, span.occurrence);
              return start < 0 ? [] : [{ start, end: start + span.words.length, kind: span.kind }];
            });
          const sent = [...input.chosen.filter((span) => span.answerId === answer.id), ...typed].map(({ start, end, kind }) => ({ start, end, kind }));
          return { answerId: answer.id, stored: answer.redactions.map(words), sent: sent.map(words) };
        }),
      };
    }
    const asked = spansAsked(answers, input.chosen, input.added);
    if (!(asked instanceof Map)) return asked;

    const checked = new Map<string, RedactionSpan[]>();
    for (const answer of answers) {
      const result = checkSpans(answer.text, asked.get(answer.id) ?? []);
      if (result.kind === "outsideText") return refused("workspace:redaction.errors.outsideText");
      if (result.kind === "overlap") {
        return refused("workspace:redaction.errors.overlap", undefined, {
          first: answer.text.slice(result.with.start, result.with.end),
          second: answer.text.slice(result.span.start, result.span.end),
        });
      }
      checked.set(answer.id, result.spans);
    }

    let spanCount = 0;
    for (const answer of answers) {
      const spans = checked.get(answer.id) ?? [];
      spanCount += spans.length;
      await tx.redaction.deleteMany({ where: { answerId: answer.id } });
      if (spans.length > 0) await tx.redaction.createMany({ data: spans.map((span) => ({ answerId: answer.id, ...span })) });
      await tx.answer.update({ where: { id: answer.id }, data: { redactionReviewed: true } });
    }
    await storeRedactedTexts(tx, input.submissionId, dataKey);
    const knownTermsAdded = await rememberTerms(tx, input.consultationId, answers, checked, input.remember ?? []);
    await tx.submission.update({
      where: { id: input.submissionId },
      data: { version: { increment: 1 }, ...(locked.status === "received" ? { status: "in_review" } : {}) },
    });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "submission.redacted",
      subjectType: "submission",
      subjectId: input.submissionId,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
      details: { answers: answers.length, spans: spanCount, knownTermsAdded },
    });
    return { kind: "saved" };
  });
}
