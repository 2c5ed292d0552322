import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Field } from "~/components/field";
import { SelectField } from "~/components/select-field";
import { statusLabelKeys } from "~/modules/consultations/consultation-status";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { requirePermission } from "~/http/require-permission.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { auditActionKeys } from "~/modules/orgs/audit-labels";
import { getOrganisationAdminView } from "~/modules/orgs/get-organisation-admin-view.server";
import { listOrganisationAudit } from "~/modules/orgs/list-organisation-audit.server";
import { listOrganisationConsultations } from "~/modules/orgs/list-organisation-consultations.server";
import { organisationProfileForm } from "~/modules/orgs/organisation-forms";
import { updateOrganisationProfile } from "~/modules/orgs/update-organisation-profile.server";
import { staffRoleKeys, staffRoles } from "~/modules/orgs/role-labels";

export const meta = dataTitleMeta<{ organisation: { name: string } }>((data) => data.organisation.name);

const invitationForm = z.object({ role: z.enum(staffRoles, { message: "admin.errors.roleRequired" }) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.orgId ?? "";
  await requirePermission(request, "organisation:manage", { organisationId });
  const organisation = await getOrganisationAdminView(organisationId);
  if (!organisation) throw new Response(null, { status: 404 });
  const language = await detectLanguage(request);
  const audit = await listOrganisationAudit(organisationId);
  return {
    organisation,
    consultations: await listOrganisationConsultations(organisationId, language),
    audit: audit.map((entry) => ({
      ...entry,
      at: new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(entry.at),
    })),
    profileSaved: new URL(request.url).searchParams.get("saved") === "profile",
  };
}

/** Translation keys written out in full. */
const hostingKeys = {
  lead: "consultations:orgs.hosting.lead",
  accepted: "consultations:orgs.hosting.cohost",
  pending: "consultations:orgs.hosting.invited",
  declined: "consultations:orgs.hosting.declined",
} as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = params.orgId ?? "";
  const actor = await requirePermission(request, "organisation:manage", { organisationId });
  if (actor.kind !== "staff") throw new Response(null, { status: 403 });
  if ((await request.clone().formData()).get("intent") === "profile") {
    const profile = await parseForm(request, organisationProfileForm);
    if (!profile.ok) return formFailure(profile.failure, profile.status);
    await updateOrganisationProfile({ organisationId, profile: profile.data, actorId: actor.staffUserId });
    return redirect(`/admin/orgs/${organisationId}?saved=profile`, { status: 303 });
  }
  const form = await parseForm(request, invitationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const invitation = await issueStaffInvitation({ organisationId, role: form.data.role, issuedById: actor.staffUserId });
  const link = new URL(invitation.path, request.url).toString();
  // The link is shown once, in this response; only its hash is stored.
  return data({ invitationLink: link, role: form.data.role });
}

export default function OrganisationAdminPage() {
  const { organisation, consultations, audit, profileSaved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  const failure = result && "failure" in result && result.failure.values.intent !== "profile" ? result.failure : undefined;
  const profileFailure = result && "failure" in result && result.failure.values.intent === "profile" ? result.failure : undefined;
  const profile = { ...organisation, ...profileFailure?.values };
  return (
    <section className="prose">
      <h1>{organisation.name}</h1>
      {profileSaved ? (
        <p className="notice" role="status">
          {tc("orgs.profileSaved")}
        </p>
      ) : null}
      <p>{tc("orgs.address", { slug: organisation.slug })}</p>

      <h2>{tc("orgs.consultationsHeading")}</h2>
      {consultations.length === 0 ? (
        <p>{tc("orgs.noConsultations")}</p>
      ) : (
        <ul>
          {consultations.map((consultation) => (
            <li key={consultation.slug}>
              {consultation.role === "lead" ? (
                <Link to={`/admin/consultations/${consultation.slug}`}>{consultation.title}</Link>
              ) : (
                consultation.title
              )}{" "}
              ({tc(consultation.role === "lead" ? hostingKeys.lead : hostingKeys[consultation.invitation])},{" "}
              {tc(statusLabelKeys[consultation.status])})
            </li>
          ))}
        </ul>
      )}
      <ul className="link-list">
        <li>
          <Link to={`/admin/consultations/new?org=${organisation.id}`}>{tc("admin.new.link")}</Link>
        </li>
        <li>
          <Link to="/admin/cohost-invitations">{tc("orgs.invitationsLink")}</Link>
        </li>
      </ul>

      <h2>{tc("orgs.profileHeading")}</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="profile" />
        <Field label={tc("orgs.fields.name")} name="name" error={profileFailure?.errors.name} defaultValue={profile.name} required />
        <Field
          label={tc("orgs.fields.description")}
          name="description"
          error={profileFailure?.errors.description}
          defaultValue={profile.description}
          multiline
        />
        <Field label={tc("orgs.fields.region")} name="region" error={profileFailure?.errors.region} defaultValue={profile.region} />
        <Field
          label={tc("orgs.fields.supportContact")}
          hint={tc("orgs.fields.supportContactHint")}
          name="supportContact"
          error={profileFailure?.errors.supportContact}
          defaultValue={profile.supportContact}
        />
        <button type="submit">{tc("orgs.profileSubmit")}</button>
      </Form>
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
        <SelectField label={t("admin.fields.role")} name="role" error={failure?.errors.role}>
          {staffRoles.map((role) => (
            <option key={role} value={role}>
              {t(staffRoleKeys[role])}
            </option>
          ))}
        </SelectField>
        <button type="submit">{t("admin.inviteSubmit")}</button>
      </Form>

      <h2>{tc("orgs.auditHeading")}</h2>
      {audit.length === 0 ? (
        <p>{tc("orgs.auditNone")}</p>
      ) : (
        <table>
          <caption>{tc("orgs.auditCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tc("orgs.auditColumns.when")}</th>
              <th scope="col">{tc("orgs.auditColumns.who")}</th>
              <th scope="col">{tc("orgs.auditColumns.what")}</th>
              <th scope="col">{tc("orgs.auditColumns.consultation")}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.at}</td>
                <td>{entry.actor ?? (entry.actorKind === "otherStaff" ? tc("orgs.auditOtherOrganisation") : tc("orgs.auditSystem"))}</td>
                <td>{auditActionKeys[entry.action] ? tc(auditActionKeys[entry.action]!) : entry.action}</td>
                <td>{entry.consultationSlug ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
