import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CurrentPassphraseField } from "~/components/credential-fields";
import { Field } from "~/components/field";
import { FormProblem } from "~/components/form-problem";
import { requireAnonymous } from "~/http/require-permission.server";
import { redirectWithNewSession } from "~/http/session-response.server";
import { signInStaff } from "~/modules/auth/sign-in-staff.server";
import { staffLoginForm, staffSecretFields } from "~/modules/auth/staff-forms";
import { formFailure, parseForm, refusedForm, retryAfterHeaders, tooManyAttempts, withoutSecrets } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("staff.login.title");
/** A refused attempt (429) says when to try again. */
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const form = await parseForm(request, staffLoginForm, { secretFields: staffSecretFields });
  if (!form.ok) return formFailure(form.failure, form.status);
  const values = withoutSecrets(form.values, staffSecretFields);
  const attempt = await signInStaff({
    username: form.data.username,
    passphrase: form.data.passphrase,
    clientKey: context.clientKey ?? "unknown",
  });
  if (attempt.kind === "limited") return tooManyAttempts(values, attempt.retryAfterSeconds);
  if (attempt.kind === "failed") return refusedForm({ error: "staff.errors.signInFailed" }, values);
  // This session opens nothing until the authentication code is given.
  return redirectWithNewSession(request, { staffUserId: attempt.value }, "/staff/login/code");
}

export default function StaffLoginPage() {
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("staff.login.title")}</h1>
      <FormProblem messageKey={failure?.formError} />
      <Form method="post" noValidate>
        <Field
          label={t("staff.fields.username")}
          name="username"
          error={failure?.errors.username}
          defaultValue={failure?.values.username}
          autoComplete="username"
          spellCheck={false}
          required
        />
        <CurrentPassphraseField failure={failure} />
        <button type="submit">{t("auth.login.submit")}</button>
      </Form>
    </section>
  );
}
