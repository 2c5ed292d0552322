import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPassphraseFields, PseudonymField } from "~/components/credential-fields";
import { Field } from "~/components/field";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { pseudonymKey } from "~/modules/auth/credentials-rules";
import { participantFieldLimits, participantSecretFields, recoverForm } from "~/modules/auth/participant-forms";
import { requireAnonymous } from "~/http/require-permission.server";
import { recoverParticipantAccount } from "~/modules/auth/recover-participant-account.server";
import { redirectWithNewSession } from "~/http/session-response.server";
import { formFailure, parseForm, refusedForm, retryAfterHeaders, tooManyAttempts, withoutSecrets } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { consumeRateLimits } from "~/modules/safety/rate-limit.server";

export const meta = titleMeta("auth.recover.title");
/** A refused attempt (429) says when to try again. */
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await parseForm(request, recoverForm, {
    secretFields: participantSecretFields,
    fieldLimits: participantFieldLimits,
  });
  if (!form.ok) return formFailure(form.failure, form.status);
  const values = withoutSecrets(form.values, participantSecretFields);
  const limit = await consumeRateLimits([
    ["recover:pseudonym", pseudonymKey(form.data.pseudonym)],
    ["recover:client", context.clientKey ?? "unknown"],
  ]);
  if (!limit.allowed) {
    return tooManyAttempts(values, limit.retryAfterSeconds);
  }
  const recovered = await recoverParticipantAccount({
    pseudonym: form.data.pseudonym,
    recoveryCode: form.data.recoveryCode,
    newPassphrase: form.data.passphrase,
  });
  if (!recovered.ok) return refusedForm(recovered, values);
  return redirectWithNewSession(request, { participantId: recovered.participantId }, "/me");
}

export default function RecoverPage() {
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  return (
    <section className="prose">
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "pseudonym", label: t("auth.fields.pseudonym") },
          { name: "recoveryCode", label: t("auth.fields.recoveryCode") },
          { name: "passphrase", label: t("auth.fields.newPassphrase") },
          { name: "repeatPassphrase", label: t("auth.fields.repeatPassphrase") },
        ]}
      />
      <h1>{t("auth.recover.title")}</h1>
      <p>{t("auth.recover.intro")}</p>
      <Form method="post" noValidate>
        <PseudonymField failure={failure} />
        <Field
          label={t("auth.fields.recoveryCode")}
          name="recoveryCode"
          id={fieldId("recoveryCode")}
          error={failure?.errors.recoveryCode}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <NewPassphraseFields failure={failure} label={t("auth.fields.newPassphrase")} />
        <button type="submit">{t("auth.recover.submit")}</button>
      </Form>
      <p>
        <Link to="/login">{t("auth.recover.backToLogin")}</Link>
      </p>
    </section>
  );
}
