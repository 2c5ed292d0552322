import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Field } from "~/components/field";
import { requirePermission } from "~/http/require-permission.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { listCohostInvitations } from "~/modules/consultations/hosting/list-cohost-invitations.server";
import { createOrganisation } from "~/modules/orgs/create-organisation.server";
import { listStaffOrganisations } from "~/modules/orgs/list-staff-workspace.server";

export const meta = titleMeta("admin.title");

const newOrganisationForm = z.object({
  name: z.string().trim().min(2, { message: "admin.errors.nameRequired" }).max(120, { message: "admin.errors.nameTooLong" }),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin:area", undefined);
  if (actor.kind !== "staff") throw new Response(null, { status: 403 });
  const organisations = await listStaffOrganisations(actor.memberships);
  const administered = organisations.filter((organisation) => organisation.roles.includes("admin"));
  // Only the number is shown here; the list itself is on /admin/cohost-invitations.
  const invitations = await listCohostInvitations(
    administered.map((organisation) => organisation.id),
    "en",
  );
  return {
    canCreateOrganisations: actor.isPlatformAdmin,
    administered,
    waitingInvitations: invitations.length,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "organisation:create", undefined);
  if (actor.kind !== "staff") throw new Response(null, { status: 403 });
  const form = await parseForm(request, newOrganisationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  await createOrganisation({ name: form.data.name, createdById: actor.staffUserId });
  return redirect("/admin?created=1", { status: 303 });
}

export default function AdminPage() {
  const { canCreateOrganisations, administered, waitingInvitations } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  const { t: tConsultations } = useTranslation("consultations");
  return (
    <section className="prose">
      <h1>{t("admin.title")}</h1>
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
        <ul className="link-list">
          <li>
            <Link to="/admin/consultations/new">{tConsultations("admin.new.link")}</Link>
          </li>
          <li>
            <Link to="/admin/cohost-invitations">{tConsultations("admin.invitations.link", { number: waitingInvitations })}</Link>
          </li>
        </ul>
      ) : null}
      {canCreateOrganisations ? (
        <>
          <h2>{t("admin.createHeading")}</h2>
          <p>{t("admin.createHint")}</p>
          <Form method="post" noValidate>
            <Field
              label={t("admin.fields.organisationName")}
              name="name"
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
