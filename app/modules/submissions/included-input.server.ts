/**
 * What summaries may draw on, decided per contribution and per answer by the
 * consent rule (app/modules/consent/consent-choices.ts). The drafters'
 * summaries and exports use these functions, so a withdrawal or a narrowed
 * consent choice shows in them at once.
 */
import type { SubmissionStatus, Theme } from "~/generated/prisma/enums";
import { mayQuoteTo, mayUseInSummaries } from "~/modules/consent/consent-choices";
import { consentRecordChoices } from "~/modules/consent/consent-records.server";
import { themes } from "~/modules/consultations/themes";
import { getDb } from "~/modules/db/db.server";

/** Not counted: unsent drafts, withdrawn input and input a facilitator rejected. */
const notCounted: SubmissionStatus[] = ["draft", "withdrawn", "rejected"];

export type IncludedCounts = { total: number; byTheme: Record<Theme, number> };

/**
 * Contributions that count in a consultation's summaries, in total and per
 * theme (a contribution counts in each theme it answered at least one
 * question of). Input entered from an in-person session counts exactly like
 * online input: its speaker's consent record is read by the same rule. An
 * exact duplicate merged into another contribution (duplicateOfId) is not
 * counted: the one it was merged into already is.
 */
export async function countIncludedInput(consultationId: string): Promise<IncludedCounts> {
  const rows = await getDb().submission.findMany({
    where: { consultationId, status: { notIn: notCounted }, duplicateOfId: null },
    select: {
      consentRecord: { select: { ...consentRecordChoices, withdrawnOn: true } },
      answers: { select: { question: { select: { theme: true } } } },
    },
  });
  const byTheme = Object.fromEntries(themes.map((theme) => [theme, 0])) as Record<Theme, number>;
  let total = 0;
  for (const row of rows) {
    const consent = row.consentRecord ? { ...row.consentRecord, withdrawn: row.consentRecord.withdrawnOn !== null } : null;
    if (!mayUseInSummaries(consent)) continue;
    total++;
    for (const theme of new Set(row.answers.map((answer) => answer.question.theme))) byTheme[theme]++;
  }
  return { total, byTheme };
}

/**
 * Answers whose words this audience may read quoted: approved input, with
 * text, where the narrowest of the answer's and the contribution's choices
 * reaches the audience.
 */
export async function listQuotableAnswerIds(consultationId: string, audience: "drafters" | "public"): Promise<string[]> {
  const rows = await getDb().answer.findMany({
    // A merged duplicate is never quoted: the contribution it was merged into speaks for both.
    where: { textCipher: { not: null }, submission: { consultationId, status: "approved", duplicateOfId: null } },
    select: {
      id: true,
      quoteConsent: true,
      submission: { select: { consentRecord: { select: { ...consentRecordChoices, withdrawnOn: true } } } },
    },
  });
  return rows
    .filter((row) => {
      const record = row.submission.consentRecord;
      const consent = record ? { ...record, withdrawn: record.withdrawnOn !== null } : null;
      return mayQuoteTo(audience, row.quoteConsent, consent);
    })
    .map((row) => row.id);
}
