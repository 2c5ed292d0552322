import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { formFailure, parseForm } from "~/modules/forms/parse-form.server";
import { dataTitleMeta } from "~/modules/i18n/meta";
import { getOrganisationAdminView } from "~/modules/orgs/get-organisation-admin-view.server";
import { staffRoleKeys, staffRoles } from "~/modules/orgs/role-labels";

export const meta = dataTitleMeta<{ organisation: { name: string } }>((data) => data.organisation.name);

const invitationForm = z.object({ role: z.enum(staffRoles, { message: "admin.errors.roleRequired" }) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.orgId ?? "";
  await requirePermission(request, "organisation:manage", { organisationId });
  const organisation = await getOrganisationAdminView(organisationId);
  if (!organisation) throw new Response(null, { status: 404 });
  return { organisation };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = params.orgId ?? "";
  const actor = await requirePermission(request, "organisation:manage", { organisationId });
  if (actor.kind !== "staff") throw new Response(null, { status: 403 });
  const form = await parseForm(request, invitationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const invitation = await issueStaffInvitation({ organisationId, role: form.data.role, issuedById: actor.staffUserId });
  const link = new URL(invitation.path, request.url).toString();
  // The link is shown once, in this response; only its hash is stored.
  return data({ invitationLink: link, role: form.data.role });
}

export default function OrganisationAdminPage() {
  const { organisation } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const roleId = useId();
  const failure = result && "failure" in result ? result.failure : undefined;
  return (
    <section className="prose">
      <h1>{organisation.name}</h1>
      <h2>{t("admin.members")}</h2>
      <ul>
        {organisation.memberships.map((membership) => (
          <li key={membership.id}>
            {membership.staffUser.username}: {t(staffRoleKeys[membership.role])}
          </li>
        ))}
      </ul>
      <h2>{t("admin.inviteHeading")}</h2>
      {result && "invitationLink" in result ? (
        <div className="notice" role="status">
          <p>{t("admin.invitationCreated", { role: t(staffRoleKeys[result.role]) })}</p>
          <p>
            <code className="invitation-link">{result.invitationLink}</code>
          </p>
        </div>
      ) : null}
      <Form method="post">
        <label htmlFor={roleId}>{t("admin.fields.role")}</label>
        <select id={roleId} name="role" aria-invalid={failure?.errors.role ? true : undefined}>
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {t(staffRoleKeys[role])}
            </option>
          ))}
        </select>
        {failure?.errors.role ? <p className="field__error">{t(failure.errors.role)}</p> : null}
        <button type="submit">{t("admin.inviteSubmit")}</button>
      </Form>
    </section>
  );
}
