import { data, redirect, redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, type ClientActionFunctionArgs, type ShouldRevalidateFunction } from "@remix-run/react";
import { answerFormId, RespondBody, showsAnswerForm, type RespondReply } from "~/components/participation/respond/respond-body";
import { useRespondTitle } from "~/components/participation/respond/respond-heading";
import { SupportResources } from "~/components/participation/support-resources";
import { expiredDraftCookie, retiringDraftCookie } from "~/http/draft-cookie.server";
import { formFailure, parseForm, refusedForm, type FormValues } from "~/http/forms.server";
import { detectLanguage, languageCookie } from "~/http/i18n.server";
import { keepFormWhenDatabaseDown, whenDatabaseDown } from "~/http/keep-form-when-database-down.server";
import { translatedTitleMeta } from "~/http/meta";
import { participationOwner } from "~/http/participation-request.server";
import { notFound, serviceUnavailable } from "~/http/responses.server";
import { choicesFrom } from "~/modules/consent/consent-form";
import { keepFormWhenOffline, wasNotSaved } from "~/modules/forms/keep-form-offline";
import { isSupportedLanguage } from "~/modules/i18n/config";
import { findWorkingContribution } from "~/modules/submissions/contributions.server";
import { respondFormSchema } from "~/modules/submissions/respond-forms";
import { findRespondStep, loadRespondPage, respondPageWithoutDatabase } from "~/modules/submissions/respond-page.server";
import type { RespondRefusal } from "~/modules/submissions/respond-refusal";
import { respondPath, stepAfter } from "~/modules/submissions/respond-steps";
import { actionOutcomeOf, respondTitle, type ActionOutcome, type StepTitle } from "~/modules/submissions/respond-title";
import { saveForLater } from "~/modules/submissions/save-for-later.server";
import { saveStepAnswers } from "~/modules/submissions/save-step-answers.server";
import { sendContribution } from "~/modules/submissions/send-contribution.server";

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

/**
 * Read by the site header: on a page with answers its language choice is
 * part of the answer form (the `form` attribute), so changing language sends
 * what was typed, saves it and comes back to this step in the new language —
 * also without JavaScript. See docs/decisions.md ("Nothing typed is lost").
 */
export const handle = {
  // The page after sending invites the optional self-description (its own namespace, not every page's).
  i18n: "selfdescription",
  languageFormId: (loaderData: unknown) => (showsAnswerForm(loaderData) ? answerFormId : undefined),
};

const requestedStep = (request: Request) => new URL(request.url).searchParams.get("step");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const language = await detectLanguage(request);
  const actionOutcome = context.actionOutcome ?? null;
  const asked = { slug, language, requestedStep: requestedStep(request), actionOutcome };
  return whenDatabaseDown(
    async () => {
      const { owner, participantId, justSent } = await participationOwner(request, slug);
      const result = await loadRespondPage({ ...asked, owner, signedIn: participantId !== null, sentFromHere: justSent });
      if (result.kind === "notFound") notFound();
      return data(result.page);
    },
    () => {
      const result = respondPageWithoutDatabase(asked);
      if (result.kind === "unavailable") serviceUnavailable();
      return data(result.page, { status: 503, headers: { "Retry-After": "10" } });
    },
  );
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // Database unreachable: 503 with the same form and everything typed, never a crash page.
  const result = await keepFormWhenDatabaseDown(request, () => respond(request, params.slug ?? ""));
  // For the <title> of the page this same request renders without JavaScript (respond-title.ts).
  context.actionOutcome = actionOutcomeOf(result) ?? undefined;
  return result;
}

/** A use case's refusal, on the page it happened on, with everything typed. */
const refusal = (result: RespondRefusal, values: FormValues) => refusedForm(result, values, result.status);

async function respond(request: Request, slug: string) {
  const { owner } = await participationOwner(request, slug);
  const found = await findRespondStep(slug, await detectLanguage(request), requestedStep(request));
  if (!found) notFound();
  const { consultation, steps, step, themeStep } = found;
  const questions = themeStep?.questions ?? [];
  const form = await parseForm(request, respondFormSchema(questions));
  if (!form.ok) return formFailure(form.failure, form.status);
  const posted = form.data;
  const working = owner ? await findWorkingContribution(consultation.id, owner) : null;
  const to = (target: typeof step, headers?: HeadersInit) => redirect(respondPath(slug, target), { status: 303, headers });

  if (posted.intent === "submit") {
    const sent = await sendContribution({
      consultation,
      working,
      owner,
      formKey: posted.idempotencyKey,
      consentTextId: posted.consentTextId,
      choices: choicesFrom(posted),
    });
    if (sent.kind === "refused") return refusal(sent, form.values);
    if (sent.kind === "alreadySent") return data({ alreadySent: true as const });
    // The receipt code is the way back in now; the cookie only outlives this answer for a
    // moment, so a double click or retry still gets the same receipt, and meanwhile marks
    // the input as sent (also for an account), so going back here says so (see retiringDraftCookie).
    const cookie = retiringDraftCookie(request, slug, owner?.kind === "browser" ? owner.draftToken : null);
    return data({ receipt: sent.receipt, edited: sent.edited }, { headers: { "Set-Cookie": cookie } });
  }
  if (posted.intent === "change") {
    // "Change my answers" after sending: an account goes back to the first theme (the mark that
    // it was just sent is dropped). Without an account the receipt code is the way to change it.
    if (owner?.kind !== "participant") return to(step);
    return to(steps[0] ?? "review", { "Set-Cookie": expiredDraftCookie(request, slug) });
  }

  const saved = await saveStepAnswers({ consultation, working, questions, values: posted });
  if (saved.kind === "refused") return refusal(saved, form.values);
  if (posted.intent === "autosave") return data({ autosaved: true as const });
  if (posted.intent === "language") {
    // Saved above; now the language. A whole new document: the browser holds only the current language's strings.
    const language = posted.language ?? "";
    return redirectDocument(respondPath(slug, step), {
      status: 303,
      headers: isSupportedLanguage(language) ? { "Set-Cookie": await languageCookie.serialize(language) } : undefined,
    });
  }
  if (posted.intent === "saveLater" || posted.intent === "newCode") {
    const issued = await saveForLater({
      submissionId: saved.working.id,
      owner,
      formKey: posted.idempotencyKey,
      replace: posted.intent === "newCode",
    });
    if (issued.kind === "refused") return refusal(issued, form.values);
    return data({ savedLater: issued, step });
  }
  // What is left is moving: next, previous, goto:<step> (the answers are saved above).
  return to(stepAfter(posted.intent, steps, step));
}

export default function RespondPage() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as RespondReply | undefined;
  useRespondTitle(page, reply);
  return (
    <article className="participation">
      <RespondBody page={page} reply={reply} />
      <SupportResources resources={page.supportResources} />
    </article>
  );
}
