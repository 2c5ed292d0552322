/**
 * The answers a synthesis may quote, read the way every summary reads them:
 * who may be quoted is decided by listQuotableAnswerIds (approved, not a
 * merged duplicate, the narrowest of the answer's and the contribution's
 * consent reaching the audience — app/modules/consent/consent-choices.ts),
 * and only answers a facilitator has redacted (Answer.redactedCipher) are
 * ever offered or shown. Only the redacted text is decrypted; the original
 * words never leave the database here.
 *
 * Themes and principles follow the summary cells' rule: an answer's coding
 * when it has any (themes, principles, emerging themes), else its
 * question's theme and principle; the themes include its principles' themes.
 */
import type { Stance, SubmissionKind, Theme } from "~/generated/prisma/enums";
import { DecryptionError } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { themes as themeOrder } from "~/modules/consultations/themes";
import { logger } from "~/modules/logging/logger.server";
import { listQuotableAnswerIds } from "~/modules/submissions/included-input.server";
import { decryptForSubmission, openSubmissionKey, redactedTextContext } from "~/modules/submissions/submission-crypto.server";

export type QuotableAnswer = {
  answerId: string;
  submissionId: string;
  consultationId: string;
  themes: Theme[];
  principles: Array<{ id: string; number: number }>;
  stance: Stance | null;
  language: string;
  kind: SubmissionKind;
  /** YYYY-MM: never a finer date. */
  month: string;
  /** The redacted text. */
  text: string;
};

export type QuoteAudience = "drafters" | "public";

/** Ids of every answer the audience may read quoted now, over several consultations. */
async function quotableIds(consultationIds: readonly string[], audience: QuoteAudience): Promise<string[]> {
  const lists = await Promise.all([...new Set(consultationIds)].map((id) => listQuotableAnswerIds(id, audience)));
  return lists.flat();
}

/**
 * The quotable, redacted answers of the consultations, with their redacted
 * text; `onlyIds` narrows to those (e.g. the quotes a synthesis picked), so
 * a quote is re-checked against the consent of now every time it is read.
 */
export async function readQuotableAnswers(input: {
  consultationIds: readonly string[];
  audience: QuoteAudience;
  onlyIds?: readonly string[];
}): Promise<QuotableAnswer[]> {
  let ids = await quotableIds(input.consultationIds, input.audience);
  if (input.onlyIds) {
    const wanted = new Set(input.onlyIds);
    ids = ids.filter((id) => wanted.has(id));
  }
  if (ids.length === 0) return [];
  const rows = await getDb().answer.findMany({
    where: { id: { in: ids }, redactedCipher: { not: null } },
    orderBy: [{ submission: { receivedOn: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      stance: true,
      redactedCipher: true,
      question: { select: { theme: true, principle: { select: { id: true, number: true, theme: true } } } },
      themes: { select: { theme: true } },
      principles: { select: { principle: { select: { id: true, number: true, theme: true } } } },
      _count: { select: { emergingThemes: true } },
      submission: {
        select: { id: true, consultationId: true, language: true, kind: true, receivedOn: true, updatedOn: true, key: { select: { wrappedKey: true } } },
      },
    },
  });
  const ring = getMasterKeyRing();
  const keys = new Map<string, Buffer | null>();
  const result: QuotableAnswer[] = [];
  for (const row of rows) {
    const submission = row.submission;
    if (!keys.has(submission.id)) {
      let key: Buffer | null = null;
      try {
        key = submission.key ? openSubmissionKey(submission.id, submission.key.wrappedKey, ring) : null;
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
        logger.error({ submissionId: submission.id }, "a submission's data key could not be unwrapped");
      }
      keys.set(submission.id, key);
    }
    const key = keys.get(submission.id);
    if (!key) continue;
    let text: string;
    try {
      text = decryptForSubmission(key, row.redactedCipher!, redactedTextContext(row.id, submission.id));
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ answerId: row.id }, "a redacted answer could not be decrypted");
      continue;
    }
    const coded = row.themes.length + row.principles.length + row._count.emergingThemes > 0;
    const principles = coded
      ? row.principles.map((code) => code.principle)
      : row.question.principle
        ? [row.question.principle]
        : [];
    const themeSet = new Set<Theme>(coded ? row.themes.map((code) => code.theme) : [row.question.theme]);
    for (const principle of principles) themeSet.add(principle.theme);
    result.push({
      answerId: row.id,
      submissionId: submission.id,
      consultationId: submission.consultationId,
      themes: themeOrder.filter((theme) => themeSet.has(theme)),
      principles: principles.map(({ id, number }) => ({ id, number })).sort((a, b) => a.number - b.number),
      stance: row.stance,
      language: submission.language,
      kind: submission.kind,
      month: (submission.receivedOn ?? submission.updatedOn).toISOString().slice(0, 7),
      text,
    });
  }
  return result;
}
