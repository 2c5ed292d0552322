/**
 * What a participant is told about their own contributions once summaries
 * are published (/me, /receipt):
 *
 * - "included in a published summary": the contribution is counted (the one
 *   rule: approved, not a merged duplicate, consent (a) given and not
 *   withdrawn — mayUseInSummaries) and a theme it speaks to has a published
 *   synthesis in force (the theme's own or one of its principles');
 * - "quoted": one of its answers is picked in a synthesis version in force,
 *   and its consent lets drafters read it quoted now — so the word says
 *   what drafters actually see, never a quote the reading side would drop.
 */
import type { Theme } from "~/generated/prisma/enums";
import { mayQuoteTo, mayUseInSummaries } from "~/modules/consent/consent-choices";
import { consentRecordChoices } from "~/modules/consent/consent-records.server";
import { getDb } from "~/modules/db/db.server";
import { synthesesInForce } from "./published-syntheses.server";

export type PublishedStatus = { included: boolean; quoted: boolean };

export const notPublished: PublishedStatus = { included: false, quoted: false };

export async function publishedStatusOf(submissionIds: readonly string[]): Promise<Map<string, PublishedStatus>> {
  const result = new Map<string, PublishedStatus>();
  if (submissionIds.length === 0) return result;
  const db = getDb();
  const rows = await db.submission.findMany({
    where: { id: { in: [...submissionIds] }, status: "approved", duplicateOfId: null },
    select: {
      id: true,
      consultationId: true,
      consentRecord: { select: { ...consentRecordChoices, withdrawnOn: true } },
      answers: {
        select: {
          id: true,
          quoteConsent: true,
          redactedCipher: true,
          question: { select: { theme: true, principle: { select: { theme: true } } } },
          themes: { select: { theme: true } },
          principles: { select: { principle: { select: { theme: true } } } },
          _count: { select: { emergingThemes: true } },
        },
      },
    },
  });
  const counted = rows.filter((row) => {
    const record = row.consentRecord;
    return mayUseInSummaries(record ? { ...record, withdrawn: record.withdrawnOn !== null } : null);
  });
  if (counted.length === 0) return result;
  const inForce = await synthesesInForce({ consultationIds: [...new Set(counted.map((row) => row.consultationId))] });
  const publishedThemes = new Set(inForce.map((synthesis) => `${synthesis.consultationId}|${synthesis.theme}`));
  const picked = new Set(
    (
      await db.synthesisQuote.findMany({
        where: { synthesisId: { in: inForce.map((synthesis) => synthesis.id) }, answer: { submissionId: { in: counted.map((row) => row.id) } } },
        select: { answerId: true },
      })
    ).map((quote) => quote.answerId),
  );
  for (const row of counted) {
    const record = row.consentRecord;
    const consent = record ? { ...record, withdrawn: record.withdrawnOn !== null } : null;
    const themes = new Set<Theme>();
    for (const answer of row.answers) {
      const coded = answer.themes.length + answer.principles.length + answer._count.emergingThemes > 0;
      if (coded) {
        for (const code of answer.themes) themes.add(code.theme);
        for (const code of answer.principles) themes.add(code.principle.theme);
      } else {
        themes.add(answer.question.theme);
        if (answer.question.principle) themes.add(answer.question.principle.theme);
      }
    }
    const included = [...themes].some((theme) => publishedThemes.has(`${row.consultationId}|${theme}`));
    const quoted = row.answers.some(
      (answer) => picked.has(answer.id) && answer.redactedCipher !== null && mayQuoteTo("drafters", answer.quoteConsent, consent),
    );
    result.set(row.id, { included: included || quoted, quoted });
  }
  return result;
}
