/**
 * What the answering page (/c/:slug/respond) shows: the consultation's step
 * asked for, the person's contribution and answers, the review list, and
 * which choices of use to offer. Also the page built without the database,
 * from the consultation as this process last read it.
 */
import type { SubmissionStatus, Theme } from "~/generated/prisma/enums";
import { quoteLevelsToOffer, type ConsentChoices, type QuoteLevel } from "~/modules/consent/consent-choices";
import type { InputWindowState } from "~/modules/consultations/input-window";
import { answeredQuestions, type AnswerGroup } from "./answered-questions";
import { generateFormKey } from "./contribution-secrets.server";
import { findWorkingContribution, isEditable, readAnswers, type AnswerView, type ContributionOwner } from "./contributions.server";
import { placesFor } from "./identifying-details";
import {
  getParticipationConsultation,
  lastKnownParticipationConsultation,
  type ParticipationConsultation,
  type ThemeStep,
} from "./participation-consultation.server";
import type { QuestionValues } from "./respond-forms";
import { stepOf, stepTitleOf, type Step } from "./respond-steps";
import type { ActionOutcome, StepTitle } from "./respond-title";


export type RespondPage = {
  slug: string;
  title: string;
  titleLanguage: string;
  inputWindow: InputWindowState;
  opensOn: string;
  closesOn: string;
  supportResources: ParticipationConsultation["supportResources"];
  steps: Theme[];
  step: Step;
  themeStep: ThemeStep | null;
  /** A fresh key for the page's forms (idempotency: a form sent twice counts once). */
  formKey: string;
  databaseDown: boolean;
  /** Sent from this browser a moment ago: the page says so, and nothing else. */
  justSent: boolean;
  stepTitle: StepTitle;
  actionOutcome: ActionOutcome | null;
  signedIn: boolean;
  contribution: { status: SubmissionStatus; editable: boolean; hasReceipt: boolean; choices: ConsentChoices | null } | null;
  values: Record<string, QuestionValues>;
  review: AnswerGroup[];
  allowedQuoteLevels: readonly QuoteLevel[];
  consentTextId: string | null;
  /** The hosts ask for an optional self-description: the page after sending invites it. */
  asksSelfDescription: boolean;
};

/** The consultation and the step an address asks for, or null for a consultation nobody may answer. */
export async function findRespondStep(slug: string, language: string, requestedStep: string | null) {
  const consultation = await getParticipationConsultation(slug, language);
  if (!consultation) return null;
  return { consultation, ...stepOf(consultation, requestedStep) };
}

function pageShell(consultation: ParticipationConsultation, requestedStep: string | null) {
  const { steps, step, themeStep } = stepOf(consultation, requestedStep);
  return {
    slug: consultation.slug,
    title: consultation.title,
    titleLanguage: consultation.titleLanguage,
    inputWindow: consultation.inputWindow,
    opensOn: consultation.opensOn,
    closesOn: consultation.closesOn,
    supportResources: consultation.supportResources,
    steps,
    step,
    themeStep: themeStep ?? null,
    formKey: generateFormKey(),
    asksSelfDescription: consultation.selfDescriptionDimensions.length > 0,
  };
}

function valuesOf(answers: ReadonlyMap<string, AnswerView>): Record<string, QuestionValues> {
  const values: Record<string, QuestionValues> = {};
  for (const [questionId, answer] of answers) {
    values[questionId] = {
      text: answer.text ?? "",
      stance: answer.stance ?? "",
      optionIds: answer.optionIds,
      quote: answer.quoteConsent,
      unreadable: answer.unreadable,
    };
  }
  return values;
}

export type RespondPageResult = { kind: "notFound" } | { kind: "page"; page: RespondPage };

export async function loadRespondPage(input: {
  slug: string;
  language: string;
  requestedStep: string | null;
  owner: ContributionOwner | null;
  signedIn: boolean;
  /** The draft cookie says it was sent from this browser a moment ago. */
  sentFromHere: boolean;
  actionOutcome: ActionOutcome | null;
}): Promise<RespondPageResult> {
  const consultation = await getParticipationConsultation(input.slug, input.language);
  if (!consultation) return { kind: "notFound" };
  const shell = pageShell(consultation, input.requestedStep);
  const working = input.owner ? await findWorkingContribution(consultation.id, input.owner) : null;
  const consent = working?.consentRecord ?? null;
  const consentState = consent ? { ...consent, withdrawn: consent.withdrawnOn !== null } : null;
  // Sent from this browser a moment ago: every way back here (reload, Back, a new visit) says so, and
  // nothing else; the answers are not even read, so none of them reaches the page's data.
  const justSent = input.sentFromHere && working !== null && working.status !== "draft";
  const answers: Map<string, AnswerView> = working && !justSent ? await readAnswers(working) : new Map();
  const places = placesFor(input.language, { city: consultation.regionCity, country: consultation.regionCountry });
  const stepTitle: StepTitle = justSent
    ? { kind: "sent" }
    : !working || !isEditable(working.status) || consultation.inputWindow !== "open"
      ? { kind: "answers" }
      : stepTitleOf(shell.steps, shell.step);
  return {
    kind: "page",
    page: {
      ...shell,
      databaseDown: false,
      justSent,
      stepTitle,
      actionOutcome: input.actionOutcome,
      signedIn: input.signedIn,
      contribution: working
        ? {
            status: working.status,
            editable: isEditable(working.status),
            hasReceipt: working.receiptLookup !== null,
            choices: consent
              ? {
                  useInSummaries: consent.useInSummaries,
                  draftersMayQuote: consent.draftersMayQuote,
                  publicQuotes: consent.publicQuotes,
                  inboxContact: consent.inboxContact,
                }
              : null,
          }
        : null,
      values: valuesOf(answers),
      review: shell.step === "review" && !justSent ? answeredQuestions(consultation.steps, answers, { consent: consentState, places }) : [],
      allowedQuoteLevels: quoteLevelsToOffer(consentState),
      consentTextId: working?.consentRecord?.consentTextId ?? null,
    },
  };
}

/**
 * The database is unreachable: the page is built from the consultation's
 * structure as this process last read it, with nobody's answers. The
 * action's reply (keep-form-when-database-down) carries what was just typed.
 */
export function respondPageWithoutDatabase(input: {
  slug: string;
  language: string;
  requestedStep: string | null;
  actionOutcome: ActionOutcome | null;
}): { kind: "unavailable" } | { kind: "page"; page: RespondPage } {
  const consultation = lastKnownParticipationConsultation(input.slug, input.language);
  if (!consultation) return { kind: "unavailable" };
  const shell = pageShell(consultation, input.requestedStep);
  return {
    kind: "page",
    page: {
      ...shell,
      databaseDown: true,
      justSent: false,
      // The page then shows the form that was posted, or says the service is unavailable.
      stepTitle: input.actionOutcome ? stepTitleOf(shell.steps, shell.step) : { kind: "answers", error: true },
      actionOutcome: input.actionOutcome,
      signedIn: false,
      contribution: null,
      values: {},
      review: [],
      // The choices are unknown without the database: claim none.
      allowedQuoteLevels: [],
      consentTextId: null,
    },
  };
}
