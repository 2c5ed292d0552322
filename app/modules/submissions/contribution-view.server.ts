/**
 * One contribution as its author sees it in "My contributions" or at
 * /receipt: status, what became of it, the consent choices and their
 * history days, and every answer decrypted (an unreadable one is marked,
 * not fatal).
 */
import type { SubmissionStatus } from "~/generated/prisma/enums";
import { allowedQuoteLevels, type ConsentChoices, type QuoteLevel } from "~/modules/consent/consent-choices";
import { consentRecordChoices } from "~/modules/consent/consent-records.server";
import { formatDay } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { notPublished, publishedStatusOf } from "~/modules/summaries/published-status.server";
import type { InputWindowState } from "~/modules/consultations/input-window";
import { answeredQuestions, type AnswerGroup } from "./answered-questions";
import { isEditable, readAnswers, type AnswerView } from "./contributions.server";
import { getParticipationConsultation } from "./participation-consultation.server";


export type ContributionView = {
  id: string;
  status: SubmissionStatus;
  accountless: boolean;
  consultation: { slug: string; title: string; titleLanguage: string; inputWindow: InputWindowState; closesOn: string };
  receivedOn: string | null;
  updatedOn: string;
  withdrawnOn: string | null;
  consent: (ConsentChoices & { version: number; language: string; givenOn: string; changedOn: string | null }) | null;
  allowedQuoteLevels: QuoteLevel[];
  themes: AnswerGroup[];
  /** The person may still change the answers themselves. */
  editable: boolean;
  /** Counted in a theme with a published synthesis (published-status.server.ts): that cannot be undone. */
  publishedSummary: boolean;
  /** One of its answers is quoted in a published synthesis. */
  quoted: boolean;
};

const day = (date: Date, language: string) => formatDay(date, language, "UTC");

export async function getContributionView(submissionId: string, language: string): Promise<ContributionView | null> {
  const row = await getDb().submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      status: true,
      participantId: true,
      key: { select: { wrappedKey: true } },
      receivedOn: true,
      updatedOn: true,
      withdrawnOn: true,
      consultation: { select: { slug: true } },
      consentRecord: {
        select: {
          ...consentRecordChoices,
          givenOn: true,
          changedOn: true,
          withdrawnOn: true,
          consentText: { select: { version: true, language: true } },
        },
      },
    },
  });
  if (!row) return null;
  const consultation = await getParticipationConsultation(row.consultation.slug, language);
  if (!consultation) return null;
  const record = row.consentRecord;
  const consentState = record ? { ...record, withdrawn: record.withdrawnOn !== null } : null;
  const answers: Map<string, AnswerView> = row.status === "withdrawn" ? new Map() : await readAnswers(row);
  const published = (await publishedStatusOf([row.id])).get(row.id) ?? notPublished;

  return {
    id: row.id,
    status: row.status,
    accountless: row.participantId === null,
    consultation: {
      slug: consultation.slug,
      title: consultation.title,
      titleLanguage: consultation.titleLanguage,
      inputWindow: consultation.inputWindow,
      closesOn: consultation.closesOn,
    },
    receivedOn: row.receivedOn ? day(row.receivedOn, language) : null,
    updatedOn: day(row.updatedOn, language),
    withdrawnOn: row.withdrawnOn ? day(row.withdrawnOn, language) : null,
    consent: record
      ? {
          useInSummaries: record.useInSummaries,
          draftersMayQuote: record.draftersMayQuote,
          publicQuotes: record.publicQuotes,
          inboxContact: record.inboxContact,
          version: record.consentText.version,
          language: record.consentText.language,
          givenOn: day(record.givenOn, language),
          changedOn: record.changedOn ? day(record.changedOn, language) : null,
        }
      : null,
    allowedQuoteLevels: allowedQuoteLevels(consentState),
    themes: answeredQuestions(consultation.steps, answers, { consent: consentState }),
    editable: isEditable(row.status) && consultation.inputWindow === "open",
    publishedSummary: published.included,
    quoted: published.quoted,
  };
}
