import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthenticationCodeField } from "~/components/credential-fields";
import { FormProblem } from "~/components/form-problem";
import { markSecondFactorVerified } from "~/modules/auth/session.server";
import { createSession, invalidateSession, sessionCookie } from "~/modules/auth/session.server";
import { authenticationCodeForm, staffSecretFields } from "~/modules/auth/staff-forms";
import { verifyStaffSecondFactor } from "~/modules/auth/verify-staff-second-factor.server";
import { formFailure, refusedForm, parseForm, retryAfterHeaders, tooManyAttempts } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { requirePermission } from "~/http/require-permission.server";
import { consumeRateLimit } from "~/modules/safety/rate-limit.server";

export const meta = titleMeta("staff.code.title");
/** A refused attempt (429) says when to try again. */
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "staff:second-factor", undefined);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "staff:second-factor", undefined);
  const form = await parseForm(request, authenticationCodeForm, { secretFields: staffSecretFields });
  if (!form.ok) return formFailure(form.failure, form.status);
  const limit = await consumeRateLimit("staff-code:user", actor.staffUserId);
  if (!limit.allowed) return tooManyAttempts({}, limit.retryAfterSeconds);
  const method = await verifyStaffSecondFactor(actor.staffUserId, form.data.code);
  if (method === "code-used") return refusedForm({ field: "code", error: "staff.errors.codeUsed" }, {});
  if (!method) return refusedForm({ field: "code", error: "staff.errors.codeInvalid" }, {});
  // A fresh session id once fully signed in: the half-signed-in token is retired.
  await invalidateSession(actor.sessionId);
  const { token, session } = await createSession({ staffUserId: actor.staffUserId });
  await markSecondFactorVerified(session.id);
  return redirect("/staff", { status: 303, headers: { "Set-Cookie": sessionCookie(request, token, session) } });
}

export default function AuthenticationCodePage() {
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("staff.code.title")}</h1>
      <p>{t("staff.code.intro")}</p>
      <FormProblem messageKey={failure?.formError} />
      <Form method="post" noValidate>
        <AuthenticationCodeField failure={failure} />
        <button type="submit">{t("staff.code.submit")}</button>
      </Form>
    </section>
  );
}
