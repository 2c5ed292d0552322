import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPassphraseFields } from "~/components/credential-fields";
import { Field } from "~/components/field";
import { FormProblem } from "~/components/form-problem";
import { acceptStaffInvitation, findUsableInvitation } from "~/modules/auth/accept-staff-invitation.server";
import { getActor } from "~/modules/auth/actor.server";
import { redirectWithNewSession } from "~/http/session-response.server";
import { newStaffAccountForm, staffSecretFields } from "~/modules/auth/staff-forms";
import { staffRoleKeys } from "~/modules/orgs/role-labels";
import { formFailure, parseForm, withoutSecrets } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("staff.invitation.title");

/** The invitation link is the permission: anyone holding a usable one may use it once. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  if (!invitation) throw new Response(null, { status: 404 });
  const actor = await getActor(request);
  return {
    organisationName: invitation.organisation.name,
    role: invitation.role,
    signedInAs: actor.kind === "staff" ? actor.username : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const actor = await getActor(request);
  if (actor.kind === "staff") {
    const accepted = await acceptStaffInvitation({ token, existingStaffUserId: actor.staffUserId });
    if (!accepted.ok) throw new Response(null, { status: 404 });
    return redirect("/staff", { status: 303 });
  }
  const form = await parseForm(request, newStaffAccountForm, { secretFields: staffSecretFields });
  if (!form.ok) return formFailure(form.failure, form.status);
  const accepted = await acceptStaffInvitation({
    token,
    newAccount: { username: form.data.username, passphrase: form.data.passphrase },
  });
  if (!accepted.ok) {
    const values = withoutSecrets(form.values, staffSecretFields);
    return accepted.field === "form"
      ? formFailure({ errors: {}, values, formError: accepted.error })
      : formFailure({ errors: { [accepted.field]: accepted.error }, values });
  }
  // Signed in by passphrase only; enrolment of the authenticator comes next.
  return redirectWithNewSession(request, { staffUserId: accepted.staffUserId }, "/staff/enrol");
}

export default function InvitationPage() {
  const { organisationName, role, signedInAs } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("staff.invitation.title")}</h1>
      <p>{t("staff.invitation.intro", { organisation: organisationName, role: t(staffRoleKeys[role]) })}</p>
      <FormProblem messageKey={failure?.formError} />
      {signedInAs ? (
        <Form method="post">
          <p>{t("staff.invitation.addToAccount", { username: signedInAs })}</p>
          <button type="submit">{t("staff.invitation.accept")}</button>
        </Form>
      ) : (
        <Form method="post" noValidate>
          <Field
            label={t("staff.fields.username")}
            name="username"
            hint={t("staff.invitation.usernameHint")}
            error={failure?.errors.username}
            defaultValue={failure?.values.username}
            autoComplete="username"
            spellCheck={false}
            required
          />
          <NewPassphraseFields failure={failure} label={t("auth.fields.passphrase")} />
          <button type="submit">{t("staff.invitation.accept")}</button>
        </Form>
      )}
    </section>
  );
}
