/**
 * What summaries may draw on, decided per contribution and per answer by the
 * consent rule (app/modules/consent/consent-choices.ts). The drafters'
 * summaries and exports use these functions, so a withdrawal or a narrowed
 * consent choice shows in them at once.
 */
import type { Theme } from "~/generated/prisma/enums";
import { mayQuoteTo } from "~/modules/consent/consent-choices";
import { consentRecordChoices } from "~/modules/consent/consent-records.server";
import { themes } from "~/modules/consultations/themes";
import { getDb } from "~/modules/db/db.server";
import { summaryFactsQuery } from "~/modules/summaries/rollups/summary-facts-sql.server";

export type IncludedCounts = { total: number; byTheme: Record<Theme, number> };

/**
 * Contributions that count in a consultation's summaries, in total and per
 * theme — by the rollups' own definition (summary-facts-sql.server.ts), read
 * live: approved, not a merged duplicate, consent to summaries given and not
 * withdrawn; a contribution counts in each theme of its answers' coding (or
 * their questions) and of their principles. Input entered from an in-person
 * session counts exactly like online input. Input still in the queue
 * (received, in review, held) is not "included" until a facilitator approves it.
 */
export async function countIncludedInput(consultationId: string): Promise<IncludedCounts> {
  const rows = await getDb().$queryRaw<Array<{ theme: string; contributions: number }>>`
    SELECT f."theme", count(DISTINCT f."submissionId")::int AS "contributions"
    FROM (${summaryFactsQuery({ consultationId })}) f
    WHERE f."principleId" = '' AND f."stance" = ''
    GROUP BY f."theme"`;
  const byTheme = Object.fromEntries(themes.map((theme) => [theme, 0])) as Record<Theme, number>;
  let total = 0;
  for (const row of rows) {
    if (row.theme === "") total = row.contributions;
    else if (row.theme in byTheme) byTheme[row.theme as Theme] = row.contributions;
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
