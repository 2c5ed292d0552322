import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CurrentPassphraseField, PseudonymField, SharedDeviceField } from "~/components/credential-fields";
import { ErrorSummary } from "~/components/error-summary";
import { loginForm, participantFieldLimits, participantSecretFields } from "~/modules/auth/participant-forms";
import { requireAnonymous } from "~/http/require-permission.server";
import { redirectWithNewSession } from "~/http/session-response.server";
import { signInParticipant } from "~/modules/auth/sign-in-participant.server";
import { formFailure, parseForm, retryAfterHeaders, tooManyAttempts, withoutSecrets } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("auth.login.title");
/** A refused attempt (429) says when to try again. */
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await parseForm(request, loginForm, {
    secretFields: participantSecretFields,
    fieldLimits: participantFieldLimits,
  });
  if (!form.ok) return formFailure(form.failure, form.status);
  const values = withoutSecrets(form.values, participantSecretFields);
  const attempt = await signInParticipant({
    pseudonym: form.data.pseudonym,
    passphrase: form.data.passphrase,
    clientKey: context.clientKey ?? "unknown",
  });
  if (attempt.kind === "limited") return tooManyAttempts(values, attempt.retryAfterSeconds);
  if (attempt.kind === "failed") {
    // One message for an unknown pseudonym and a wrong passphrase.
    return formFailure({ errors: {}, values, formError: "auth.errors.signInFailed" });
  }
  return redirectWithNewSession(request, { participantId: attempt.value }, "/me", {
    sharedDevice: form.data.sharedDevice === "on",
  });
}

export default function LoginPage() {
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  return (
    <section className="prose">
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "pseudonym", label: t("auth.fields.pseudonym") },
          { name: "passphrase", label: t("auth.fields.passphrase") },
        ]}
      />
      <h1>{t("auth.login.title")}</h1>
      <Form method="post" noValidate>
        <PseudonymField failure={failure} />
        <CurrentPassphraseField failure={failure} />
        <SharedDeviceField failure={failure} />
        <button type="submit">{t("auth.login.submit")}</button>
      </Form>
      <p>
        <Link to="/recover">{t("auth.login.forgot")}</Link>
      </p>
      <p>
        <Link to="/join">{t("auth.login.noAccount")}</Link>
      </p>
    </section>
  );
}
