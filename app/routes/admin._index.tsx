import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { HostedConsultations } from "~/components/hosted-consultations";
import { requirePermission } from "~/http/require-permission.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { listCohostInvitations } from "~/modules/consultations/hosting/list-cohost-invitations.server";
import { createOrganisation } from "~/modules/orgs/create-organisation.server";
import { listOrganisationsWithoutAdmin } from "~/modules/orgs/list-organisations-without-admin.server";
import { listHostedConsultations, listStaffOrganisations } from "~/modules/orgs/list-staff-workspace.server";
import { newOrganisationForm } from "~/modules/orgs/organisation-forms";

export const meta = titleMeta("admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin:area", undefined);
  const organisations = await listStaffOrganisations(actor.memberships);
  const administered = organisations.filter((organisation) => organisation.roles.includes("admin"));
  const language = await detectLanguage(request);
  // Only the number is shown here; the list itself is on /admin/cohost-invitations.
  const invitations = await listCohostInvitations(
    administered.map((organisation) => organisation.id),
    language,
  );
  return {
    canCreateOrganisations: actor.isPlatformAdmin,
    administered,
    consultations: await listHostedConsultations(actor.memberships, "admin", language),
    withoutAdmin: actor.isPlatformAdmin ? await listOrganisationsWithoutAdmin() : [],
    waitingInvitations: invitations.length,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "organisation:create", undefined);
  const form = await parseForm(request, newOrganisationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const organisation = await createOrganisation({ name: form.data.name, createdById: actor.staffUserId });
  // Next: its address and the invitation of its first admin, on its own page.
  return redirectWithNotice(`/admin/orgs/${organisation.id}/setup`, {
    key: "common:admin.notices.organisationCreated",
    values: { name: organisation.name },
  });
}

export default function AdminPage() {
  const { canCreateOrganisations, administered, consultations, withoutAdmin, waitingInvitations } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  const { t: tConsultations } = useTranslation("consultations");
  return (
    <section className="prose">
      <h1>{t("admin.title")}</h1>
      <ErrorSummary failure={failure} fields={[{ name: "name", label: t("admin.fields.organisationName"), id: fieldId("name") }]} />
      <h2>{t("admin.yourOrganisations")}</h2>
      {administered.length === 0 ? (
        <p>{t("admin.noneAdministered")}</p>
      ) : (
        <ul>
          {administered.map((organisation) => (
            <li key={organisation.id}>
              <Link to={`/admin/orgs/${organisation.id}`}>{organisation.name}</Link>
            </li>
          ))}
        </ul>
      )}
      {administered.length > 0 ? (
        <>
          <ul className="link-list">
            <li>
              <Link to="/admin/consultations/new">{tConsultations("admin.new.link")}</Link>
            </li>
            <li>
              <Link to="/admin/cohost-invitations">{tConsultations("admin.invitations.link", { number: waitingInvitations })}</Link>
            </li>
          </ul>
          <h2>{t("hosted.adminHeading")}</h2>
          {consultations.length === 0 ? (
            <p>{tConsultations("orgs.noConsultations")}</p>
          ) : (
            <HostedConsultations
              consultations={consultations}
              caption={t("hosted.adminCaption")}
              linkTo={(consultation) =>
                consultation.hostRole === "lead" ? `/admin/consultations/${consultation.slug}` : `/admin/cohosting/${consultation.slug}`
              }
            />
          )}
        </>
      ) : null}
      {canCreateOrganisations ? (
        <>
          {withoutAdmin.length > 0 ? (
            <>
              <h2>{t("admin.withoutAdminHeading")}</h2>
              <ul>
                {withoutAdmin.map((organisation) => (
                  <li key={organisation.id}>
                    <Link to={`/admin/orgs/${organisation.id}/setup`}>{organisation.name}</Link> ({organisation.slug})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>{t("admin.createHeading")}</h2>
          <p>{t("admin.createHint")}</p>
          <Form method="post" noValidate>
            <Field
              label={t("admin.fields.organisationName")}
              name="name"
              id={fieldId("name")}
              error={failure?.errors.name}
              defaultValue={failure?.values.name}
              required
            />
            <button type="submit">{t("admin.createSubmit")}</button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
