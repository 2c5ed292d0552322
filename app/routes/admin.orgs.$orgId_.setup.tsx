import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { requirePermission } from "~/http/require-permission.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { dataTitleMeta } from "~/http/meta";
import { invariantResponse } from "~/http/responses.server";
import { getOrganisationSetUp } from "~/modules/orgs/get-organisation-admin-view.server";
import { firstAdminInvitationForm } from "~/modules/orgs/organisation-forms";

export const meta = dataTitleMeta<{ organisation: { name: string } }>((data) => data.organisation.name);

/** The organisation, its address, and whether it has an admin: the facts the policy asks for. */
async function requireSetUp(request: Request, organisationId: string) {
  const organisation = await getOrganisationSetUp(organisationId);
  const actor = await requirePermission(request, "organisation:set-up", {
    organisationId: organisation?.id ?? "",
    hasAdmin: organisation?.hasAdmin ?? true,
  });
  invariantResponse(organisation, 404);
  return { actor, organisation };
}

/**
 * A new organisation's next step: its address, and the invitation of its
 * first admin. Open to platform admins until it has one, and to its admins.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, organisation } = await requireSetUp(request, params.orgId ?? "");
  return { organisation, isMember: actor.memberships.some((membership) => membership.organisationId === organisation.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, organisation } = await requireSetUp(request, params.orgId ?? "");
  const form = await parseForm(request, firstAdminInvitationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const invitation = await issueStaffInvitation({ organisationId: organisation.id, role: "admin", issuedById: actor.staffUserId });
  // The link is shown once, in this response; only its hash is stored.
  return data({ invitationLink: new URL(invitation.path, request.url).toString() });
}

export default function OrganisationSetUpPage() {
  const { organisation, isMember } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{organisation.name}</h1>
      <p>{t("admin.setup.address", { slug: organisation.slug })}</p>
      <h2>{t("admin.setup.inviteHeading")}</h2>
      <p>{organisation.hasAdmin ? t("admin.setup.hasAdmin") : t("admin.setup.inviteIntro")}</p>
      {result && "invitationLink" in result ? (
        <div className="notice" role="status">
          <p>{t("admin.invitationCreated", { role: t("staff.roles.admin") })}</p>
          <p>
            <code className="invitation-link">{result.invitationLink}</code>
          </p>
        </div>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="invite-first-admin" />
        <button type="submit">{t("admin.setup.inviteSubmit")}</button>
      </Form>
      <p>{t("admin.setup.cli", { command: `npm run admin -- invite ${organisation.slug} admin` })}</p>
      <p>
        {isMember ? <Link to={`/admin/orgs/${organisation.id}`}>{t("admin.setup.orgPage")}</Link> : <Link to="/admin">{t("admin.title")}</Link>}
      </p>
    </section>
  );
}
