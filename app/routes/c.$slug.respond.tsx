import {
  data,
  redirect,
  redirectDocument,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useBlocker,
  useFetcher,
  useLoaderData,
  type ClientActionFunctionArgs,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import { FormProblem } from "~/components/form-problem";
import { SaveRetry } from "~/components/save-retry";
import { ConsentChoicesFieldset, checkedFrom, consentSummaryField } from "~/components/participation/consent-choices-fieldset";
import { HighlightedText } from "~/components/participation/highlighted-text";
import { InputWindowNotice } from "~/components/participation/input-window-notice";
import { ProgressSummary, StepNavigation, type Step } from "~/components/participation/progress";
import { answerError, QuestionFields, useAnswerSummaryFields, type QuestionValues } from "~/components/participation/question-fields";
import { ReceiptCodeDisplay } from "~/components/participation/receipt-code";
import { SupportResources } from "~/components/participation/support-resources";
import type { Theme } from "~/generated/prisma/enums";
import { offersInboxContact, quoteLevels, quoteLevelsToOffer, type QuoteLevel } from "~/modules/consent/consent-choices";
import { isConsentTextOf } from "~/modules/consent/consent-records.server";
import { choicesFrom, consentProblem } from "~/modules/consent/consent-form";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { keepFormWhenDatabaseDown, whenDatabaseDown } from "~/http/keep-form-when-database-down.server";
import { keepFormWhenOffline, wasNotSaved } from "~/modules/forms/keep-form-offline";
import { formFailure, parseForm, type FormFailure, type FormValues } from "~/http/forms.server";
import { isSupportedLanguage } from "~/modules/i18n/config";
import { detectLanguage, languageCookie } from "~/http/i18n.server";
import { translatedTitleMeta } from "~/http/meta";
import { quoteLevelLabelKeys, stanceLabelKeys } from "~/modules/submissions/answer-fields";
import { answersFromForm, respondFormSchema } from "~/modules/submissions/answer-form";
import { generateFormKey, isFormKey } from "~/modules/submissions/contribution-secrets.server";
import {
  findWorkingContribution,
  isEditable,
  readAnswers,
  saveAnswers,
  type AnswerView,
  type ContributionOwner,
} from "~/modules/submissions/contributions.server";
import { expiredDraftCookie, retiringDraftCookie } from "~/http/draft-cookie.server";
import { findIdentifyingDetails, placesFor } from "~/modules/submissions/identifying-details";
import {
  getParticipationConsultation,
  lastKnownParticipationConsultation,
  type ParticipationConsultation,
} from "~/modules/submissions/participation-consultation.server";
import { participationOwner } from "~/http/participation-request.server";
import { issueReceiptCode } from "~/modules/submissions/receipts.server";
import { actionOutcomeOf, respondTitle, type ActionOutcome, type StepTitle } from "~/modules/submissions/respond-title";
import { submitContribution, wasSentWithForm, type Receipt } from "~/modules/submissions/submit-contribution.server";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const meta = translatedTitleMeta<{ stepTitle: StepTitle; actionOutcome: ActionOutcome | null }>((t, data) =>
  respondTitle(t, data?.stepTitle ?? { kind: "answers" }, data?.actionOutcome ?? null),
);

/**
 * Autosaves answer only to the page that sent them: nothing on screen needs
 * reloading. Nor does a form that could not be saved (offline, database
 * down): reloading would fail the same way and replace the kept text.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, actionResult, defaultShouldRevalidate }) =>
  formData?.get("intent") === "autosave" || wasNotSaved(actionResult) ? false : defaultShouldRevalidate;

/** With JavaScript: a send that never reached the server keeps the form and its text (see keep-form-offline.ts). */
export const clientAction = ({ request, serverAction }: ClientActionFunctionArgs) =>
  keepFormWhenOffline(request, () => serverAction<typeof action>());

const respondPath = (slug: string, step: Step) => `/c/${slug}/respond?step=${step}`;

/** The id of a theme page's answer form; the header's language choice belongs to it there. */
const answerFormId = "answer-form";

/** Does the page (as its loader sees it) show an answer form? Mirrors the choice of body in RespondPage. */
function showsAnswerForm(loaderData: unknown): boolean {
  const page = loaderData as Partial<LoaderData> | undefined;
  return Boolean(
    page && !page.databaseDown && page.contribution?.editable && page.inputWindow === "open" && page.step !== "review" && page.themeStep,
  );
}

/**
 * Read by the site header: on a page with answers its language choice is
 * part of the answer form (the `form` attribute), so changing language sends
 * what was typed, saves it and comes back to this step in the new language —
 * also without JavaScript. See docs/decisions.md ("Nothing typed is lost").
 */
export const handle = {
  languageFormId: (loaderData: unknown) => (showsAnswerForm(loaderData) ? answerFormId : undefined),
};

async function loadConsultation(request: Request, slug: string) {
  const language = await detectLanguage(request);
  const consultation = await getParticipationConsultation(slug, language);
  if (!consultation) throw new Response(null, { status: 404 });
  return stepOf(request, language, consultation);
}

function stepOf(request: Request, language: string, consultation: ParticipationConsultation) {
  const steps = consultation.steps.map((step) => step.theme);
  const requested = new URL(request.url).searchParams.get("step");
  const step: Step =
    requested === "review" ? "review" : steps.includes(requested as Theme) ? (requested as Theme) : (steps[0] ?? "review");
  const themeStep = step === "review" ? undefined : consultation.steps.find((candidate) => candidate.theme === step);
  return { language, consultation, steps, step, themeStep };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const actionOutcome = context.actionOutcome ?? null;
  return whenDatabaseDown(
    () => loadPage(request, slug, actionOutcome),
    () => pageWithoutDatabase(request, slug, actionOutcome),
  );
}

/**
 * The database is unreachable: the page is built from the consultation's
 * structure as this process last read it, with nobody's answers. The
 * action's reply (keep-form-when-database-down) carries what was just typed.
 */
async function pageWithoutDatabase(request: Request, slug: string, actionOutcome: ActionOutcome | null) {
  const language = await detectLanguage(request);
  const consultation = lastKnownParticipationConsultation(slug, language);
  if (!consultation) throw new Response(null, { status: 503, headers: { "Retry-After": "10" } });
  const { steps, step, themeStep } = stepOf(request, language, consultation);
  return data(
    {
      ...pageShell(consultation, steps, step, themeStep),
      databaseDown: true as const,
      justSent: false,
      // The page then shows the form that was posted, or says the service is unavailable.
      stepTitle: actionOutcome ? stepTitleOf(steps, step) : ({ kind: "answers", error: true } as StepTitle),
      actionOutcome,
      signedIn: false,
      contribution: null,
      values: {} as Record<string, QuestionValues>,
      review: [] as ReviewGroup[],
      // The choices are unknown without the database: claim none.
      allowedQuoteLevels: [] as readonly QuoteLevel[],
      consentTextId: null,
    },
    { status: 503, headers: { "Retry-After": "10" } },
  );
}

/** What the page needs that is the same for everyone. */
function pageShell(
  consultation: ParticipationConsultation,
  steps: Theme[],
  step: Step,
  themeStep: ParticipationConsultation["steps"][number] | undefined,
) {
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
  };
}

/** The loader's part of the page's <title>: which step it shows (respond-title.ts). */
function stepTitleOf(steps: Theme[], step: Step): StepTitle {
  return step === "review" ? { kind: "review" } : { kind: "theme", theme: step, number: steps.indexOf(step) + 1, total: steps.length };
}

async function loadPage(request: Request, slug: string, actionOutcome: ActionOutcome | null) {
  const { owner, participantId, justSent: sentFromHere } = await participationOwner(request, slug);
  const { language, consultation, steps, step, themeStep } = await loadConsultation(request, slug);
  const working = owner ? await findWorkingContribution(consultation.id, owner) : null;
  const consent = working?.consentRecord ?? null;
  const consentState = consent ? { ...consent, withdrawn: consent.withdrawnOn !== null } : null;
  // Sent from this browser a moment ago: every way back here (reload, Back, a new visit) says so, and
  // nothing else; the answers are not even read, so none of them reaches the page's data.
  const justSent = sentFromHere && working !== null && working.status !== "draft";
  const answers: Map<string, AnswerView> = working && !justSent ? await readAnswers(working) : new Map();

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

  const places = placesFor(language, { city: consultation.regionCity, country: consultation.regionCountry });
  const review: ReviewGroup[] =
    step === "review" && !justSent
      ? consultation.steps
          .map((group) => ({
            theme: group.theme,
            items: group.questions.flatMap((question) => {
              const answer = answers.get(question.id);
              if (!answer) return [];
              return [
                {
                  questionId: question.id,
                  prompt: question.prompt,
                  promptLanguage: question.language,
                  text: answer.text,
                  unreadable: answer.unreadable,
                  spans: answer.text ? findIdentifyingDetails(answer.text, places) : [],
                  stance: answer.stance,
                  optionLabels: question.options
                    .filter((option) => answer.optionIds.includes(option.id))
                    .map((option) => option.label),
                  quote: answer.quoteConsent,
                  hasTextField: question.kind === "free_text" || question.kind === "stance",
                },
              ];
            }),
          }))
          .filter((group) => group.items.length > 0)
      : [];

  const stepTitle: StepTitle = justSent
    ? { kind: "sent" }
    : !working || !isEditable(working.status) || consultation.inputWindow !== "open"
      ? { kind: "answers" }
      : stepTitleOf(steps, step);
  return {
    ...pageShell(consultation, steps, step, themeStep),
    databaseDown: false as const,
    justSent,
    stepTitle,
    actionOutcome,
    signedIn: participantId !== null,
    contribution: working
      ? {
          status: working.status,
          editable: isEditable(working.status),
          hasReceipt: working.receiptLookup !== null,
          choices: consent,
        }
      : null,
    values,
    review,
    allowedQuoteLevels: quoteLevelsToOffer(consentState),
    consentTextId: working?.consentRecord?.consentTextId ?? null,
  };
}

type ReviewGroup = {
  theme: Theme;
  items: Array<{
    questionId: string;
    prompt: string;
    promptLanguage: string;
    text: string | null;
    unreadable: boolean;
    spans: ReturnType<typeof findIdentifyingDetails>;
    stance: AnswerView["stance"];
    optionLabels: string[];
    quote: QuoteLevel;
    hasTextField: boolean;
  }>;
};

type Failure = { failure: FormFailure };

export async function action({ request, params, context }: ActionFunctionArgs) {
  // Database unreachable: 503 with the same form and everything typed, never a crash page.
  const result = await keepFormWhenDatabaseDown(request, () => respond(request, params.slug ?? ""));
  // For the <title> of the page this same request renders without JavaScript (respond-title.ts).
  context.actionOutcome = actionOutcomeOf(result) ?? undefined;
  return result;
}

async function respond(request: Request, slug: string) {
  const { owner } = await participationOwner(request, slug);
  const { consultation, steps, step, themeStep } = await loadConsultation(request, slug);
  const questions = themeStep?.questions ?? [];
  const form = await parseForm(request, respondFormSchema(questions));
  if (!form.ok) return formFailure(form.failure, form.status);
  const formData = form.data;
  const { intent, idempotencyKey } = formData;
  const values = form.values;
  const fail = (formError: string, status = 409, errors: Record<string, string> = {}) =>
    formFailure({ errors, values, formError }, status);

  const working = owner ? await findWorkingContribution(consultation.id, owner) : null;
  if (intent === "submit") return submit();
  if (intent === "change") return changeAfterSending();
  if (!working) return fail("participation:respond.errors.noContribution");
  if (!isEditable(working.status)) return fail("participation:respond.errors.notEditable");
  if (consultation.inputWindow !== "open") return fail("participation:closed.notAccepting");

  if (questions.length > 0) {
    const saved = await saveAnswers({ submissionId: working.id, answers: answersFromForm(form.data, questions) });
    if (!saved.ok) {
      return fail(saved.reason === "unreadable" ? "participation:respond.unreadable" : "participation:respond.errors.notEditable");
    }
  }

  const index = step === "review" ? steps.length : steps.indexOf(step);
  if (intent === "autosave") return data({ autosaved: true as const });
  if (intent === "language") {
    // Saved above; now the language. A whole new document: the browser holds only the current language's strings.
    const language = formData.language;
    return redirectDocument(respondPath(slug, step), {
      status: 303,
      headers: isSupportedLanguage(language) ? { "Set-Cookie": await languageCookie.serialize(language) } : undefined,
    });
  }
  if (intent === "next") return redirect(respondPath(slug, steps[index + 1] ?? "review"), { status: 303 });
  if (intent === "previous") return redirect(respondPath(slug, steps[index - 1] ?? steps[0] ?? "review"), { status: 303 });
  if (intent.startsWith("goto:")) {
    const target = intent.slice("goto:".length);
    const next: Step = target === "review" ? "review" : steps.includes(target as Theme) ? (target as Theme) : step;
    return redirect(respondPath(slug, next), { status: 303 });
  }
  if (intent === "saveLater" || intent === "newCode") {
    if (owner?.kind !== "browser") return data({ savedLater: { kind: "account" as const }, step });
    if (!isFormKey(idempotencyKey)) return fail("participation:consent.errors.stale", 400);
    const issued = await issueReceiptCode({
      submissionId: working.id,
      draftToken: owner.draftToken,
      formKey: idempotencyKey,
      replace: intent === "newCode",
    });
    return data({ savedLater: issued, step });
  }
  return redirect(respondPath(slug, step), { status: 303 });

  /**
   * "Change my answers" on the page that says the input was sent: a signed-in
   * participant goes back to the first theme (the mark that it was just sent
   * is dropped). Without an account the receipt code is the way to change it.
   */
  function changeAfterSending() {
    if (owner?.kind !== "participant") return redirect(respondPath(slug, step), { status: 303 });
    return redirect(respondPath(slug, steps[0] ?? "review"), {
      status: 303,
      headers: { "Set-Cookie": expiredDraftCookie(request, slug) },
    });
  }

  async function submit() {
    if (!isFormKey(idempotencyKey)) return fail("participation:consent.errors.stale", 400);
    if (!working) {
      // Sent before from this page (the browser's draft cookie was cleared then).
      if (await wasSentWithForm(idempotencyKey)) return data({ alreadySent: true as const });
      return fail("participation:respond.errors.noContribution");
    }
    // Only one of this consultation's own consent texts may be recorded as agreed.
    if (
      formData.consentTextId !== undefined &&
      !(uuidPattern.test(formData.consentTextId) && (await isConsentTextOf(consultation.id, formData.consentTextId)))
    ) {
      return fail("participation:consent.errors.stale", 400);
    }
    const choices = choicesFrom(formData);
    const problem = consentProblem(choices, "submit", { hasAccount: owner?.kind === "participant" });
    if (problem) return fail("participation:review.errors.checkChoices", 400, { consent: problem });
    if (consultation.inputWindow !== "open" && !(await wasSentWithForm(idempotencyKey))) {
      return fail("participation:closed.notAccepting");
    }
    const result = await submitContribution({
      submissionId: working.id,
      owner: owner as ContributionOwner,
      formKey: idempotencyKey,
      choices,
      consentTextId: formData.consentTextId,
    });
    switch (result.kind) {
      case "received":
        return data(
          { receipt: result.receipt, edited: result.edited },
          // The receipt code is the way back in now; the cookie only outlives this answer for a
          // moment, so a double click or retry still gets the same receipt, and meanwhile marks
          // the input as sent (also for an account), so going back here says so (see retiringDraftCookie).
          { headers: { "Set-Cookie": retiringDraftCookie(request, slug, owner?.kind === "browser" ? owner.draftToken : null) } },
        );
      case "alreadySent":
        return data({ alreadySent: true as const });
      case "empty":
        return fail("participation:review.errors.empty", 400);
      case "summariesConsentNeeded":
        return fail("participation:review.errors.checkChoices", 400, { consent: "participation:consent.errors.summariesNeeded" });
      case "notEditable":
        return fail("participation:respond.errors.notEditable");
    }
  }
}

// ---------------------------------------------------------------- page

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Heading({ loaderData, children }: { loaderData: LoaderData; children: React.ReactNode }) {
  return (
    <>
      <p className="participation__consultation" lang={loaderData.titleLanguage}>
        <Link to={`/c/${loaderData.slug}`}>{loaderData.title}</Link>
      </p>
      <h1>{children}</h1>
    </>
  );
}

/** With JavaScript: posts the page's answers every ten seconds after a change. Never stores anything in the browser. */
function useAutosave(formRef: React.RefObject<HTMLFormElement | null>, action: string) {
  const fetcher = useFetcher<{ autosaved?: true; failure?: FormFailure }>({ key: "autosave" });
  const dirty = useRef(false);
  const busy = useRef(false);
  busy.current = fetcher.state !== "idle";
  const submit = useRef(fetcher.submit);
  submit.current = fetcher.submit;
  // Not saved because the server or network was unreachable: still unsaved, so the next tick tries again.
  const unsaved = fetcher.state === "idle" && fetcher.data?.failure?.unavailable === true;
  useEffect(() => {
    if (unsaved) dirty.current = true;
  }, [unsaved, fetcher.data]);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const markDirty = () => {
      dirty.current = true;
    };
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    const timer = window.setInterval(() => {
      if (!dirty.current || busy.current) return;
      dirty.current = false;
      const formData = new FormData(form);
      formData.set("intent", "autosave");
      submit.current(formData, { method: "post", action });
    }, 10_000);
    return () => {
      window.clearInterval(timer);
      form.removeEventListener("input", markDirty);
      form.removeEventListener("change", markDirty);
    };
  }, [formRef, action]);
  const notSavedBeforeLeaving = useSaveBeforeLeaving(formRef, action, () => dirty.current || busy.current);
  return { fetcher, notSavedBeforeLeaving };
}

/**
 * With JavaScript: following a link away from the page (the header, the
 * consultation's name) while something typed is not yet saved first saves
 * it, then goes — no dialog. If it cannot be saved the person stays, with
 * everything still there, and is told why. Moving between steps and
 * changing language are form posts that save anyway (see `handle`).
 */
function useSaveBeforeLeaving(
  formRef: React.RefObject<HTMLFormElement | null>,
  action: string,
  unsaved: () => boolean,
) {
  const saver = useFetcher<{ autosaved?: true; failure?: FormFailure }>({ key: "save-before-leaving" });
  // A post of the page's own form (a step button, the language choice) saves what it carries: never held back.
  const posting = useRef(false);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const markPosting = () => {
      posting.current = true;
    };
    form.addEventListener("submit", markPosting);
    return () => form.removeEventListener("submit", markPosting);
  }, [formRef]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (posting.current) {
      posting.current = false;
      return false;
    }
    return unsaved() && (nextLocation.pathname !== currentLocation.pathname || nextLocation.search !== currentLocation.search);
  });
  const saving = useRef(false);
  // The answer to an earlier attempt, so only the reply to this one decides.
  const earlier = useRef<unknown>(undefined);
  const [notSaved, setNotSaved] = useState(false);
  const submit = useRef(saver.submit);
  submit.current = saver.submit;
  useEffect(() => {
    const form = formRef.current;
    if (blocker.state !== "blocked" || saving.current || !form) return;
    saving.current = true;
    earlier.current = saver.data;
    setNotSaved(false);
    const formData = new FormData(form);
    formData.set("intent", "autosave");
    submit.current(formData, { method: "post", action });
  }, [blocker.state, formRef, action, saver.data]);
  useEffect(() => {
    if (!saving.current || saver.state !== "idle" || saver.data === undefined || saver.data === earlier.current) return;
    saving.current = false;
    if (saver.data.autosaved) {
      blocker.proceed?.();
    } else {
      blocker.reset?.();
      setNotSaved(true);
    }
  }, [saver.state, saver.data, blocker]);
  return notSaved;
}

function AutosaveStatus({ fetcher }: { fetcher: ReturnType<typeof useAutosave>["fetcher"] }) {
  const { t } = useTranslation("participation");
  let message = "";
  if (fetcher.state !== "idle") message = t("autosave.saving");
  else if (fetcher.data?.autosaved) message = t("autosave.saved");
  else if (fetcher.data?.failure) message = t("autosave.failed");
  return (
    <p className="autosave-status" aria-live="polite">
      {message}
    </p>
  );
}

/** A form that could not be saved is sent again with its own key, so the retry counts once. */
function formKeyFor(loaderData: LoaderData, failure?: FormFailure): string {
  const posted = failure?.unavailable ? failure.values.idempotencyKey : undefined;
  return posted || loaderData.formKey;
}

const retryIntentPattern = /^(next|previous|saveLater|newCode|submit|goto:[a-z_]{1,40})$/;

/** The button the person pressed, for "Try again"; what was posted is checked again by the action. */
function retryIntentOf(failure: FormFailure, fallback: string): string {
  const intent = failure.values.intent;
  return intent && retryIntentPattern.test(intent) ? intent : fallback;
}

/**
 * Without the database the contribution-wide choices are unknown: offer back
 * the levels that were posted (none posted: the page had offered none).
 */
function postedQuoteLevels(values: FormValues): readonly QuoteLevel[] {
  const posted = new Set(Object.entries(values).filter(([name]) => name.endsWith(".quote")).map(([, value]) => value));
  if (posted.size === 0) return [];
  return quoteLevels.filter((level) => level === "count_only" || posted.has(level));
}

function ThemePage({ loaderData, failure }: { loaderData: LoaderData; failure?: FormFailure }) {
  const { t } = useTranslation("participation");
  const formRef = useRef<HTMLFormElement>(null);
  const themeStep = loaderData.themeStep!;
  const action = respondPath(loaderData.slug, themeStep.theme);
  const { fetcher, notSavedBeforeLeaving } = useAutosave(formRef, action);
  const summaryFields = useAnswerSummaryFields(themeStep.questions);
  const index = loaderData.steps.indexOf(themeStep.theme);
  const isLast = index === loaderData.steps.length - 1;
  const valuesFor = (questionId: string): QuestionValues => {
    if (failure) {
      const quote = failure.values[`q.${questionId}.quote`];
      return {
        text: failure.values[`q.${questionId}.text`] ?? "",
        stance: failure.values[`q.${questionId}.stance`] ?? "",
        optionIds: Object.keys(failure.values)
          .filter((name) => name.startsWith(`q.${questionId}.option.`) && failure.values[name] === "on")
          .map((name) => name.slice(`q.${questionId}.option.`.length))
          .concat(failure.values[`q.${questionId}.option`] ? [failure.values[`q.${questionId}.option`]!] : []),
        quote: (quote === "drafters" || quote === "public" ? quote : "count_only") as QuoteLevel,
      };
    }
    return loaderData.values[questionId] ?? { text: "", stance: "", optionIds: [], quote: "count_only" };
  };
  const quoteLevelsShown =
    loaderData.databaseDown && failure ? postedQuoteLevels(failure.values) : loaderData.allowedQuoteLevels;
  return (
    <>
      <ErrorSummary
        failure={failure}
        fields={summaryFields}
        fieldErrorKey={(key) => answerError(key) ?? key}
        formErrorValues={{ opens: loaderData.opensOn, closes: loaderData.closesOn }}
      />
      <ProgressSummary steps={loaderData.steps} current={themeStep.theme} />
      <Heading loaderData={loaderData}>{t(themeLabelKeys[themeStep.theme], { ns: "common" })}</Heading>
      <p>{t("respond.intro")}</p>
      {notSavedBeforeLeaving ? (
        <p className="form-problem" role="alert">
          {t("autosave.notSavedBeforeLeaving")}
        </p>
      ) : null}
      {themeStep.principles.length > 0 ? (
        <section className="principles-for-theme" aria-labelledby="principles-heading">
          <h2 id="principles-heading">{t("respond.principlesHeading")}</h2>
          {themeStep.principles.map((principle) =>
            principle.describesViolence ? (
              <details key={principle.number} className="content-note">
                <summary>{t("respond.contentNote", { number: principle.number })}</summary>
                <div lang={principle.language}>
                  <h3>{t("respond.principle", { number: principle.number, title: principle.title })}</h3>
                  <p>{principle.body}</p>
                </div>
              </details>
            ) : (
              <div key={principle.number} className="principle" lang={principle.language}>
                <h3>{t("respond.principle", { number: principle.number, title: principle.title })}</h3>
                <p>{principle.body}</p>
              </div>
            ),
          )}
        </section>
      ) : null}
      <Form method="post" action={action} noValidate ref={formRef} id={answerFormId}>
        <input type="hidden" name="idempotencyKey" value={formKeyFor(loaderData, failure)} />
        <h2>{t("respond.questionsHeading")}</h2>
        {failure?.unavailable ? <SaveRetry intent={retryIntentOf(failure, "next")} /> : null}
        {themeStep.questions.map((question) => (
          <QuestionFields
            key={question.id}
            question={question}
            values={valuesFor(question.id)}
            errors={failure?.errors ?? {}}
            allowedQuoteLevels={quoteLevelsShown}
          />
        ))}
        <div className="form-buttons">
          <button type="submit" name="intent" value="next">
            {isLast ? t("respond.toReview") : t("respond.next")}
          </button>
          {index > 0 ? (
            <button type="submit" name="intent" value="previous" className="button--secondary">
              {t("respond.previous")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="saveLater" className="button--secondary">
            {t("respond.saveLater")}
          </button>
        </div>
        <AutosaveStatus fetcher={fetcher} />
        {!loaderData.signedIn ? <p className="field__hint">{t("respond.saveLaterHint")}</p> : null}
      </Form>
      <StepNavigation slug={loaderData.slug} steps={loaderData.steps} current={themeStep.theme} formId={answerFormId} />
    </>
  );
}

function ReviewPage({ loaderData, failure }: { loaderData: LoaderData; failure?: FormFailure }) {
  const { t } = useTranslation("participation");
  // Null only while the database is unreachable (the page then shows the posted choices).
  const contribution = loaderData.contribution;
  const firstSend = contribution?.status !== "received";
  const flagged = loaderData.review.some((group) => group.items.some((item) => item.spans.length > 0));
  // The consent text the person agreed to: from the page, or (database unreachable) as it was posted.
  const consentTextId = loaderData.consentTextId ?? (failure?.unavailable ? failure.values.consentTextId : undefined);
  return (
    <>
      <ErrorSummary
        failure={failure}
        fields={[consentSummaryField(t("review.choicesLegend"))]}
        formErrorValues={{ opens: loaderData.opensOn, closes: loaderData.closesOn }}
      />
      <ProgressSummary steps={loaderData.steps} current="review" />
      <Heading loaderData={loaderData}>{t("review.title")}</Heading>
      <p>{t("review.intro")}</p>
      {flagged ? (
        <div className="notice notice--warning" role="note">
          <p>{t("review.identifyingWarning")}</p>
        </div>
      ) : null}
      {loaderData.databaseDown ? (
        <p>{t("review.answersNotShown")}</p>
      ) : loaderData.review.length === 0 ? (
        <p>{t("review.nothingYet")}</p>
      ) : null}
      {loaderData.review.map((group) => (
        <section key={group.theme} aria-labelledby={`review-${group.theme}`}>
          <h2 id={`review-${group.theme}`}>{t(themeLabelKeys[group.theme], { ns: "common" })}</h2>
          <ul className="review-list">
            {group.items.map((item) => (
              <li key={item.questionId}>
                <h3 lang={item.promptLanguage}>{item.prompt}</h3>
                {item.stance ? <p>{t(stanceLabelKeys[item.stance])}</p> : null}
                {item.optionLabels.length > 0 ? <p>{item.optionLabels.join(", ")}</p> : null}
                {item.unreadable ? <p className="field__error">{t("respond.unreadable")}</p> : null}
                {item.text ? <HighlightedText text={item.text} spans={item.spans} /> : null}
                {item.spans.length > 0 ? <p className="field__hint">{t("review.itemFlagged")}</p> : null}
                {item.hasTextField && item.text ? (
                  <p className="field__hint">{t("review.use", { use: t(quoteLevelLabelKeys[item.quote]) })}</p>
                ) : null}
                <p>
                  <Link to={`${respondPath(loaderData.slug, group.theme)}#question-${item.questionId}`}>
                    {t("review.change")}
                    <span className="visually-hidden">{`: ${item.prompt}`}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Form method="post" action={respondPath(loaderData.slug, "review")} noValidate>
        <input type="hidden" name="idempotencyKey" value={formKeyFor(loaderData, failure)} />
        {consentTextId ? <input type="hidden" name="consentTextId" value={consentTextId} /> : null}
        {failure?.unavailable ? <SaveRetry intent={retryIntentOf(failure, "submit")} /> : null}
        <ConsentChoicesFieldset
          legend={t("review.choicesLegend")}
          checked={checkedFrom(failure?.values, contribution?.choices ?? null)}
          error={failure?.errors.consent}
          offerInboxContact={offersInboxContact(loaderData.signedIn)}
        />
        {!loaderData.signedIn && contribution?.hasReceipt ? <p>{t("review.keepsSavedCode")}</p> : null}
        <div className="form-buttons">
          <button type="submit" name="intent" value="submit">
            {firstSend ? t("review.submit") : t("review.saveChanges")}
          </button>
          {firstSend ? (
            <button type="submit" name="intent" value="saveLater" className="button--secondary">
              {t("respond.saveLater")}
            </button>
          ) : null}
        </div>
        {!loaderData.signedIn && contribution?.hasReceipt ? (
          <p>
            <button type="submit" name="intent" value="newCode" className="button--link">
              {t("receiptCode.replace")}
            </button>
          </p>
        ) : null}
      </Form>
      <StepNavigation slug={loaderData.slug} steps={loaderData.steps} current="review" />
    </>
  );
}

/**
 * The header's language choice belongs to the answer form wherever the
 * loader expects one (`handle`); the pages shown after saving or sending have
 * nothing left to save, so there the same controls simply change language.
 */
function LanguageFormStandIn({ loaderData }: { loaderData: LoaderData }) {
  if (!showsAnswerForm(loaderData)) return null;
  return (
    <form id={answerFormId} method="post" action="/language">
      <input type="hidden" name="returnTo" value={respondPath(loaderData.slug, loaderData.step)} />
    </form>
  );
}

/**
 * With JavaScript the action's answer arrives without a new document, and
 * meta cannot see it: the page names itself (respond-title.ts).
 */
function useRespondTitle(loaderData: LoaderData, actionData: unknown) {
  const { t } = useTranslation("participation");
  const title = `${respondTitle(t, loaderData.stepTitle, actionOutcomeOf(actionData))} · ${t("appName", { ns: "common" })}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Reload, Back or a new visit after sending: that it was sent, how to come back to it, and nothing else. */
function SentPage({ loaderData }: { loaderData: LoaderData }) {
  const { t } = useTranslation("participation");
  return (
    <>
      <Heading loaderData={loaderData}>{t("sent.title")}</Heading>
      <p className="lead" role="status">
        {t("sent.intro")}
      </p>
      {loaderData.signedIn ? (
        <>
          <p>
            {t("sent.account")} <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
          <Form method="post" action={respondPath(loaderData.slug, "review")}>
            <button type="submit" name="intent" value="change" className="button--secondary">
              {t("contribution.edit")}
            </button>
          </Form>
        </>
      ) : (
        <p>
          {t("sent.withReceiptCode")} <Link to="/receipt">{t("nav.receipt", { ns: "common" })}</Link>
        </p>
      )}
      <h2>{t("sent.nextHeading")}</h2>
      <p>{t("sent.next")}</p>
    </>
  );
}

export default function RespondPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as
    | Failure
    | { receipt: Receipt; edited: boolean }
    | { alreadySent: true }
    | { savedLater: { kind: "new"; code: string } | { kind: "existing" } | { kind: "account" }; step: Step }
    | { autosaved: true }
    | undefined;
  const { t } = useTranslation("participation");
  useRespondTitle(loaderData, actionData);

  if (actionData && "receipt" in actionData) {
    const { receipt, edited } = actionData;
    return (
      <article className="participation">
        <Heading loaderData={loaderData}>{edited ? t("sent.editedTitle") : t("sent.title")}</Heading>
        <p className="lead" role="status">
          {edited ? t("sent.editedIntro") : t("sent.intro")}
        </p>
        {receipt.kind === "code" ? <ReceiptCodeDisplay code={receipt.code} /> : null}
        {receipt.kind === "savedCode" ? (
          <p>
            {t("sent.savedCode")} <Link to="/receipt">{t("nav.receipt", { ns: "common" })}</Link>
          </p>
        ) : null}
        {receipt.kind === "account" ? (
          <p>
            {t("sent.account")} <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
        ) : null}
        <h2>{t("sent.nextHeading")}</h2>
        <p>{t("sent.next")}</p>
        <SupportResources resources={loaderData.supportResources} />
        <LanguageFormStandIn loaderData={loaderData} />
      </article>
    );
  }

  if (actionData && "alreadySent" in actionData) {
    return (
      <article className="participation">
        <Heading loaderData={loaderData}>{t("sent.alreadyTitle")}</Heading>
        <p>{loaderData.signedIn ? t("sent.alreadyAccount") : t("sent.alreadyReceipt")}</p>
        <p>{loaderData.signedIn ? <Link to="/me">{t("sent.toMyContributions")}</Link> : <Link to="/receipt">{t("receipt.title")}</Link>}</p>
        <SupportResources resources={loaderData.supportResources} />
        <LanguageFormStandIn loaderData={loaderData} />
      </article>
    );
  }

  if (actionData && "savedLater" in actionData) {
    const saved = actionData.savedLater;
    return (
      <article className="participation">
        <Heading loaderData={loaderData}>{t("savedLater.title")}</Heading>
        <p className="lead" role="status">
          {t("savedLater.intro")}
        </p>
        {saved.kind === "new" ? <ReceiptCodeDisplay code={saved.code} /> : null}
        {saved.kind === "existing" ? (
          <>
            <p>{t("savedLater.existing")}</p>
            <Form method="post" action={respondPath(loaderData.slug, actionData.step)}>
              <input type="hidden" name="idempotencyKey" value={loaderData.formKey} />
              <button type="submit" name="intent" value="newCode" className="button--secondary">
                {t("receiptCode.replace")}
              </button>
            </Form>
          </>
        ) : null}
        {saved.kind === "account" ? (
          <p>
            {t("savedLater.account")} <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
        ) : null}
        <p>{t("savedLater.leave")}</p>
        <p>
          <Link to={respondPath(loaderData.slug, actionData.step)}>{t("savedLater.continueNow")}</Link>
        </p>
        <SupportResources resources={loaderData.supportResources} />
        <LanguageFormStandIn loaderData={loaderData} />
      </article>
    );
  }

  const failure = actionData && "failure" in actionData ? actionData.failure : undefined;
  const contribution = loaderData.contribution;

  let body: React.ReactNode;
  if (loaderData.justSent && !failure) {
    body = <SentPage loaderData={loaderData} />;
  } else if (failure?.unavailable && loaderData.step === "review") {
    // Not sent (server or network unreachable): the same form, to try again.
    body = <ReviewPage loaderData={loaderData} failure={failure} />;
  } else if (loaderData.databaseDown && !failure) {
    body = (
      <>
        <Heading loaderData={loaderData}>{t("respond.title")}</Heading>
        <p role="alert">{t("errors.unavailableBody", { ns: "common" })}</p>
      </>
    );
  } else if (failure && loaderData.step === "review" && contribution) {
    // What went wrong, on the page it went wrong on, with everything that was typed.
    body = <ReviewPage loaderData={loaderData} failure={failure} />;
  } else if (failure && loaderData.themeStep) {
    body = <ThemePage loaderData={loaderData} failure={failure} />;
  } else if (!contribution && !failure) {
    body = (
      <>
        <Heading loaderData={loaderData}>{t("respond.title")}</Heading>
        <p>{t("respond.startFirst")}</p>
        <p>
          <Link className="button" to={`/c/${loaderData.slug}/consent`}>
            {t("respond.toConsent")}
          </Link>
        </p>
        <p>
          {t("respond.haveCode")} <Link to="/receipt">{t("receipt.title")}</Link>
        </p>
      </>
    );
  } else if (contribution && !contribution.editable) {
    body = (
      <>
        <Heading loaderData={loaderData}>{t("respond.title")}</Heading>
        <p>{t("respond.inReview")}</p>
        {loaderData.signedIn ? (
          <p>
            <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
        ) : null}
      </>
    );
  } else if (loaderData.inputWindow !== "open" && !failure) {
    body = (
      <>
        <Heading loaderData={loaderData}>{t("respond.title")}</Heading>
        <InputWindowNotice state={loaderData.inputWindow} opensOn={loaderData.opensOn} closesOn={loaderData.closesOn} />
      </>
    );
  } else if (loaderData.step === "review" && contribution) {
    body = <ReviewPage loaderData={loaderData} failure={failure} />;
  } else if (loaderData.themeStep) {
    body = <ThemePage loaderData={loaderData} failure={failure} />;
  } else {
    body = (
      <>
        <Heading loaderData={loaderData}>{t("respond.title")}</Heading>
        <FormProblem messageKey={failure?.formError} values={{ opens: loaderData.opensOn, closes: loaderData.closesOn }} />
      </>
    );
  }
  return (
    <article className="participation">
      {body}
      <SupportResources resources={loaderData.supportResources} />
    </article>
  );
}
