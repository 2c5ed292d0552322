import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPassphraseFields, PseudonymField, SharedDeviceField } from "~/components/credential-fields";
import { ErrorSummary } from "~/components/error-summary";
import { createParticipantAccount } from "~/modules/auth/create-participant-account.server";
import { passphraseMinLength } from "~/modules/auth/credential-limits";
import { joinForm, participantFieldLimits, participantSecretFields } from "~/modules/auth/participant-forms";
import { requireAnonymous } from "~/http/require-permission.server";
import { newSessionCookie } from "~/http/session-response.server";
import { suggestionToken, suggestUnusedPseudonym } from "~/modules/auth/suggest-pseudonym.server";
import { formFailure, parseForm, retryAfterHeaders, tooManyAttempts, withoutSecrets } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { consumeRateLimit } from "~/modules/safety/rate-limit.server";
import { safeReturnPath } from "~/modules/safety/return-path";

/** Where to go on once the account exists: back to the consultation the person came from ("Take part with an account"), or "My contributions". */
function nextPath(returnTo: string | null | undefined): string {
  const path = returnTo ? safeReturnPath(returnTo) : "/";
  return path === "/" ? "/me" : path;
}

export const meta = titleMeta("auth.join.title");
/** A refused attempt (429) says when to try again. */
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  const suggestedPseudonym = await suggestUnusedPseudonym();
  const returnTo = nextPath(new URL(request.url).searchParams.get("returnTo"));
  return { suggestedPseudonym, suggestionToken: suggestionToken(suggestedPseudonym), returnTo };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await parseForm(request, joinForm, {
    secretFields: participantSecretFields,
    fieldLimits: participantFieldLimits,
  });
  if (!form.ok) return formFailure(form.failure, form.status);
  const values = withoutSecrets(form.values, participantSecretFields);
  const limit = await consumeRateLimit("join", context.clientKey ?? "unknown");
  if (!limit.allowed) return tooManyAttempts(values, limit.retryAfterSeconds);
  const created = await createParticipantAccount({
    pseudonym: form.data.pseudonym,
    passphrase: form.data.passphrase,
    language: await detectLanguage(request),
    clientKey: context.clientKey ?? "unknown",
    suggestionToken: form.data.suggestionToken,
  });
  if (!created.ok) {
    // The hidden suggestion token now vouches for the pseudonym offered in the message.
    const offered = created.suggestion
      ? { values: { ...values, suggestionToken: suggestionToken(created.suggestion) }, errorValues: { [created.field]: { suggestion: created.suggestion } } }
      : { values };
    const retryAfter = created.retryAfterSeconds ? { "Retry-After": String(created.retryAfterSeconds) } : undefined;
    return formFailure({ errors: { [created.field]: created.error }, ...offered }, retryAfter ? 429 : 400, retryAfter);
  }
  // The codes are shown in this one response and never stored in readable form.
  const session = await newSessionCookie(request, { participantId: created.participantId }, { sharedDevice: form.data.sharedDevice === "on" });
  return data(
    { recoveryCodes: created.recoveryCodes, pseudonym: form.data.pseudonym, next: nextPath(form.data.returnTo) },
    { headers: { "Set-Cookie": session } },
  );
}

/**
 * With JavaScript, Remix would re-run this route's loader after the action;
 * the new session would then redirect to /me before the recovery codes were
 * ever shown. They exist only in this action's response, so keep it.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  actionResult && typeof actionResult === "object" && "recoveryCodes" in actionResult ? false : defaultShouldRevalidate;

export default function JoinPage() {
  const { suggestedPseudonym, suggestionToken, returnTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();

  if (result && "recoveryCodes" in result) {
    return (
      <section className="prose">
        <h1>{t("auth.join.codesTitle")}</h1>
        <p>{t("auth.join.codesIntro", { pseudonym: result.pseudonym })}</p>
        <ol className="recovery-codes" aria-label={t("auth.join.codesListLabel")}>
          {result.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <p>{t("auth.join.codesOnce")}</p>
        <p>
          <Link className="button" to={result.next}>
            {t("auth.join.codesDone")}
          </Link>
        </p>
      </section>
    );
  }

  const failure = result && "failure" in result ? result.failure : undefined;
  return (
    <section className="prose">
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "pseudonym", label: t("auth.fields.pseudonym") },
          { name: "passphrase", label: t("auth.fields.passphrase") },
          { name: "repeatPassphrase", label: t("auth.fields.repeatPassphrase") },
        ]}
      />
      <h1>{t("auth.join.title")}</h1>
      <p>{t("auth.join.intro")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="suggestionToken" value={failure?.values.suggestionToken ?? suggestionToken} />
        <input type="hidden" name="returnTo" value={failure?.values.returnTo ?? returnTo} />
        <PseudonymField failure={failure} hint={t("auth.join.pseudonymHint")} defaultValue={suggestedPseudonym} />
        <NewPassphraseFields
          failure={failure}
          label={t("auth.fields.passphrase")}
          hint={t("auth.join.passphraseHint", { count: passphraseMinLength })}
        />
        <SharedDeviceField failure={failure} />
        <button type="submit">{t("auth.join.submit")}</button>
      </Form>
      <p>
        <Link to="/login">{t("auth.join.haveAccount")}</Link>
      </p>
    </section>
  );
}
