import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  type ClientActionFunctionArgs,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LinkedText } from "~/components/linked-text";
import { ErrorSummary } from "~/components/error-summary";
import { SaveRetry } from "~/components/save-retry";
import { HoneypotField } from "~/components/honeypot-field";
import { ConsentChoicesFieldset, checkedFrom, consentSummaryField } from "~/components/participation/consent-choices-fieldset";
import { InputWindowNotice } from "~/components/participation/input-window-notice";
import { SupportResources } from "~/components/participation/support-resources";
import { offersInboxContact } from "~/modules/consent/consent-choices";
import { choicesFrom, consentProblem, consentStepForm } from "~/modules/consent/consent-form";
import { getDeploymentFacts, type DeploymentFacts } from "~/modules/consent/deployment.server";
import { keepFormWhenOffline, wasNotSaved } from "~/modules/forms/keep-form-offline";
import { keepFormWhenDatabaseDown, whenDatabaseDown } from "~/http/keep-form-when-database-down.server";
import { formFailure, parseForm, retryAfterHeaders, tooManyAttempts } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { notFound, serviceUnavailable } from "~/http/responses.server";
import { isHoneypotFilled } from "~/modules/safety/honeypot";
import { consumeRateLimit } from "~/modules/safety/rate-limit.server";
import { generateFormKey, isFormKey } from "~/modules/submissions/contribution-secrets.server";
import { changeContributionConsent, findWorkingContribution, startContribution } from "~/modules/submissions/contributions.server";
import { draftCookie } from "~/http/draft-cookie.server";
import {
  getParticipationConsultation,
  lastKnownParticipationConsultation,
  type ParticipationConsultation,
} from "~/modules/submissions/participation-consultation.server";
import { participationOwner } from "~/http/participation-request.server";
import { withdrawnUnrecoverableWithinMinutes } from "~/modules/submissions/withdrawal-timing";

export const meta = titleMeta("participation:consent.title");
/** A refused attempt (429) says when to try again. */
export const headers = retryAfterHeaders;

async function loadConsultation(request: Request, slug: string) {
  const language = await detectLanguage(request);
  const consultation = await getParticipationConsultation(slug, language);
  if (!consultation) notFound();
  return { language, consultation };
}

/** A form that could not be sent (offline, database down) keeps its state; reloading would fail the same way. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  wasNotSaved(actionResult) ? false : defaultShouldRevalidate;

export const clientAction = ({ request, serverAction }: ClientActionFunctionArgs) =>
  keepFormWhenOffline(request, () => serverAction<typeof action>());

const pageConsultation = (consultation: ParticipationConsultation) => ({
  slug: consultation.slug,
  title: consultation.title,
  titleLanguage: consultation.titleLanguage,
  hostNames: consultation.hostNames,
  supportResources: consultation.supportResources,
  consentText: consultation.consentText,
  inputWindow: consultation.inputWindow,
  opensOn: consultation.opensOn,
  closesOn: consultation.closesOn,
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  return whenDatabaseDown(
    () => loadPage(request, slug),
    async () => {
      // The consent text as this process last read it; the action's 503 reply carries the choices just made.
      const consultation = lastKnownParticipationConsultation(slug, await detectLanguage(request));
      if (!consultation) serviceUnavailable();
      return data(
        {
          consultation: pageConsultation(consultation),
          signedIn: false,
          savedChoices: null,
          continuing: false,
          formKey: generateFormKey(),
          deployment: getDeploymentFacts(),
        },
        { status: 503, headers: { "Retry-After": "10" } },
      );
    },
  );
}

async function loadPage(request: Request, slug: string) {
  const { owner, participantId } = await participationOwner(request, slug);
  const { consultation } = await loadConsultation(request, slug);
  const working = owner ? await findWorkingContribution(consultation.id, owner) : null;
  return {
    consultation: pageConsultation(consultation),
    signedIn: participantId !== null,
    /** The person's own earlier choices, when they come back to this step. */
    savedChoices: working?.consentRecord ?? null,
    continuing: working !== null,
    formKey: generateFormKey(),
    deployment: getDeploymentFacts(),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // Database unreachable: 503 with the same choices, never a crash page.
  return keepFormWhenDatabaseDown(request, () => consent(request, params.slug ?? "", context.clientKey));
}

async function consent(request: Request, slug: string, clientKey: string | undefined) {
  const { owner, participantId } = await participationOwner(request, slug);
  const { language, consultation } = await loadConsultation(request, slug);
  const form = await parseForm(request, consentStepForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const respondPath = `/c/${consultation.slug}/respond`;
  // A script filled the hidden field: answer as a start would, start nothing.
  if (isHoneypotFilled(form.values)) return redirect(respondPath, { status: 303 });
  if (consultation.inputWindow !== "open") {
    return formFailure({ errors: {}, values: form.values, formError: "participation:closed.notAccepting" }, 409);
  }
  const choices = choicesFrom(form.data);
  const problem = consentProblem(choices, "start", { hasAccount: participantId !== null });
  if (problem) return formFailure({ errors: { consent: problem }, values: form.values });
  if (!isFormKey(form.data.idempotencyKey) || form.data.consentTextId !== consultation.consentText?.id) {
    // The page was out of date (or the consent text changed meanwhile): show the current one again.
    return formFailure({ errors: {}, values: form.values, formError: "participation:consent.errors.stale" });
  }

  const working = owner ? await findWorkingContribution(consultation.id, owner) : null;
  if (working) {
    await changeContributionConsent(working.id, choices, { consentTextId: form.data.consentTextId });
    return redirect(respondPath, { status: 303 });
  }
  // Every start is a Submission row; one client cannot create them without end.
  const limit = await consumeRateLimit("draft-start:client", clientKey ?? "unknown");
  if (!limit.allowed) return tooManyAttempts(form.values, limit.retryAfterSeconds, "participation:consent.errors.tooManyStarts");
  const started = await startContribution({
    consultation,
    owner: participantId ? { kind: "participant", participantId } : { kind: "browser" },
    formKey: form.data.idempotencyKey,
    consentTextId: form.data.consentTextId,
    choices,
    language,
  });
  if (started.kind === "stale") {
    return formFailure({ errors: {}, values: form.values, formError: "participation:consent.errors.stale" });
  }
  return redirect(respondPath, {
    status: 303,
    headers: started.draftToken ? { "Set-Cookie": draftCookie(request, consultation.slug, started.draftToken) } : undefined,
  });
}

/** "What this is: …" — the short lead-in of each paragraph is shown in bold. */
function ConsentParagraph({ text }: { text: string }) {
  const match = text.match(/^([^:]{1,60}?)\s?:\s/u);
  if (!match) {
    return (
      <p>
        <LinkedText text={text} />
      </p>
    );
  }
  return (
    <p>
      <strong>{match[0].trimEnd()}</strong> <LinkedText text={text.slice(match[0].length)} />
    </p>
  );
}

/**
 * Who runs the platform and where the data is stored, as this deployment
 * says; unset (the demo), the page says so plainly rather than name nobody.
 */
function PlatformFacts({ deployment }: { deployment: DeploymentFacts }) {
  const { t } = useTranslation("participation");
  return (
    <section className="platform-facts" aria-labelledby="platform-heading">
      <h2 id="platform-heading">{t("consent.platform.heading")}</h2>
      {/* Label above value, not side by side: long labels and values must fit 320 px in every language. */}
      <dl className="platform-facts__list">
        <dt>{t("consent.platform.operatorLabel")}</dt>
        {/* A configured value is in whatever language it was written: let the browser find its direction. */}
        <dd dir={deployment.operator ? "auto" : undefined}>{deployment.operator ?? t("consent.platform.demoOperator")}</dd>
        <dt>{t("consent.platform.locationLabel")}</dt>
        <dd dir={deployment.dataLocation ? "auto" : undefined}>
          {deployment.dataLocation ?? t("consent.platform.demoLocation")}
        </dd>
      </dl>
    </section>
  );
}

export default function ConsentPage() {
  const { consultation, signedIn, savedChoices, continuing, formKey, deployment } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("participation");
  const consentText = consultation.consentText;
  return (
    <article className="participation">
      <ErrorSummary
        failure={failure}
        fields={[consentSummaryField(t("consent.choices.legend"))]}
        formErrorValues={{ opens: consultation.opensOn, closes: consultation.closesOn }}
      />
      <p className="participation__consultation" lang={consultation.titleLanguage}>
        <Link to={`/c/${consultation.slug}`}>{consultation.title}</Link>
      </p>
      <h1>{t("consent.title")}</h1>
      <p className="lead">{t("consent.intro")}</p>
      {consultation.hostNames.length > 0 ? (
        <p>{t("consent.hosts", { hosts: consultation.hostNames.join(", ") })}</p>
      ) : null}

      {consentText ? (
        <section className="consent-text" aria-labelledby="consent-text-heading" lang={consentText.language}>
          <h2 id="consent-text-heading">{t("consent.textHeading")}</h2>
          {consentText.paragraphs.map((paragraph, index) => (
            <ConsentParagraph key={index} text={paragraph} />
          ))}
          <p className="consent-text__version">{t("consent.version", { version: consentText.version })}</p>
        </section>
      ) : null}
      <PlatformFacts deployment={deployment} />

      {consultation.inputWindow !== "open" ? (
        <InputWindowNotice state={consultation.inputWindow} opensOn={consultation.opensOn} closesOn={consultation.closesOn} />
      ) : !consentText ? (
        <p className="notice">{t("consent.notReady")}</p>
      ) : (
        <>
          <h2>{t("consent.choicesHeading")}</h2>
          <p>{t("consent.choicesIntro")}</p>
          <p>{signedIn ? t("consent.withAccount") : t("consent.withoutAccount")}</p>
          <p>{t("withdraw.unrecoverable", { minutes: withdrawnUnrecoverableWithinMinutes })}</p>
          <Form method="post" noValidate>
            {/* Sent again after a failure with its own key, so the retry starts one draft. */}
            <input type="hidden" name="idempotencyKey" value={(failure?.unavailable && failure.values.idempotencyKey) || formKey} />
            <input type="hidden" name="consentTextId" value={consentText.id} />
            {failure?.unavailable ? <SaveRetry /> : null}
            <HoneypotField />
            <ConsentChoicesFieldset
              checked={checkedFrom(failure?.values, savedChoices)}
              error={failure?.errors.consent}
              offerInboxContact={offersInboxContact(signedIn)}
            />
            <button type="submit">{continuing ? t("consent.saveAndContinue") : t("consent.start")}</button>
          </Form>
          <p>
            <Link to={`/c/${consultation.slug}`}>{t("consent.later")}</Link>
          </p>
        </>
      )}
      <SupportResources resources={consultation.supportResources} />
    </article>
  );
}

