import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPassphraseFields } from "~/components/credential-fields";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { acceptStaffInvitation, lookUpInvitation } from "~/modules/auth/accept-staff-invitation.server";
import { getActor } from "~/modules/auth/actor.server";
import { redirectWithNewSession } from "~/http/session-response.server";
import { newStaffAccountForm, staffSecretFields } from "~/modules/auth/staff-forms";
import { staffRoleKeys } from "~/modules/orgs/role-labels";
import { parseForm, formFailure, refusedForm, withoutSecrets } from "~/http/forms.server";
import { redirectWithNotice } from "~/http/notice.server";
import { notFound } from "~/http/responses.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("staff.invitation.title");

/** Translation keys written out in full: what became of a link that no longer works. */
const spentKeys = {
  used: "staff.invitation.used",
  expired: "staff.invitation.expired",
  revoked: "staff.invitation.revoked",
} as const;

/**
 * The invitation link is the permission: anyone holding a usable one may
 * use it once. A link that no longer works says what became of it (used,
 * expired, withdrawn) and whom to ask, with 410; an unknown one is a 404.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await lookUpInvitation(params.token ?? "");
  if (invitation.state === "unknown") notFound();
  const actor = await getActor(request);
  const facts = {
    organisationName: invitation.organisation.name,
    role: invitation.role,
    signedInAs: actor.kind === "staff" ? actor.username : null,
  };
  if (invitation.state !== "usable") return data({ ...facts, spent: invitation.state }, { status: 410 });
  return { ...facts, spent: null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const actor = await getActor(request);
  if (actor.kind === "staff") {
    const accepted = await acceptStaffInvitation({ token, existingStaffUserId: actor.staffUserId });
    if (!accepted.ok) return refusedForm(accepted, {}, 410);
    return redirectWithNotice("/staff", "common:staff.invitation.accepted");
  }
  const form = await parseForm(request, newStaffAccountForm, { secretFields: staffSecretFields });
  if (!form.ok) return formFailure(form.failure, form.status);
  const accepted = await acceptStaffInvitation({
    token,
    newAccount: { username: form.data.username, passphrase: form.data.passphrase },
  });
  if (!accepted.ok) return refusedForm(accepted, withoutSecrets(form.values, staffSecretFields));
  // Signed in by passphrase only; enrolment of the authenticator comes next.
  return redirectWithNewSession(request, { staffUserId: accepted.staffUserId }, "/staff/enrol");
}

export default function InvitationPage() {
  const { organisationName, role, signedInAs, spent } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  if (spent) {
    return (
      <section className="prose">
        <h1>{t("staff.invitation.spentTitle")}</h1>
        <p>{t(spentKeys[spent], { organisation: organisationName, role: t(staffRoleKeys[role]) })}</p>
        <p>{t("staff.invitation.askAdmin", { organisation: organisationName })}</p>
        <p>
          <Link to={signedInAs ? "/staff" : "/staff/login"}>{signedInAs ? t("staff.home.title") : t("staff.login.title")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="prose">
      <h1>{t("staff.invitation.title")}</h1>
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "username", label: t("staff.fields.username"), id: fieldId("username") },
        ]}
      />
      <p>{t("staff.invitation.intro", { organisation: organisationName, role: t(staffRoleKeys[role]) })}</p>
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
            id={fieldId("username")}
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
