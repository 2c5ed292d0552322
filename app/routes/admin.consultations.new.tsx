import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationPlaceAndDatesFields } from "~/components/consultation-place-and-dates-fields";
import { Field } from "~/components/field";
import { SelectField } from "~/components/select-field";
import { requirePermission } from "~/http/require-permission.server";
import { newConsultationForm } from "~/modules/consultations/consultation-forms";
import { createConsultation } from "~/modules/consultations/create-consultation.server";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { redirectWithNotice } from "~/http/notice.server";
import { titleMeta } from "~/http/meta";
import { listStaffOrganisations } from "~/modules/orgs/list-staff-workspace.server";

// The interface-language list beside "Languages offered" (its review marks) is in "workspace".
export const handle = { i18n: "workspace" };

export const meta = titleMeta("consultations:admin.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "admin:area", undefined);
  const organisations = (await listStaffOrganisations(actor.memberships)).filter((organisation) => organisation.roles.includes("admin"));
  const preselected = new URL(request.url).searchParams.get("org") ?? "";
  return {
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    preselected,
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  // The lead organisation comes from the form, so the policy is asked about that organisation.
  const form = await parseForm(request, newConsultationForm);
  const organisationId = form.ok ? form.data.organisationId : (form.failure.values.organisationId ?? "");
  const actor = await requirePermission(request, "organisation:manage", { organisationId });
  if (!form.ok) return formFailure(form.failure, form.status);
  const created = await createConsultation({
    leadOrganisationId: organisationId,
    slug: form.data.slug,
    title: form.data.title,
    description: form.data.description,
    regionCity: form.data.regionCity,
    regionCountry: form.data.regionCountry,
    timeZone: form.data.timeZone,
    languages: form.data.languages,
    opensAt: form.data.opensAt,
    closesAt: form.data.closesAt,
    actorId: actor.staffUserId,
  });
  if (!created.ok) return refusedForm(created, form.values);
  return redirectWithNotice(`/admin/consultations/${created.slug}`, "consultations:admin.notices.created");
}

export default function NewConsultationPage() {
  const { organisations, preselected, timeZones } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  const values = failure?.values ?? {};
  const errors = failure?.errors ?? {};
  return (
    <section className="prose">
      <h1>{t("admin.new.title")}</h1>
      <p>{t("admin.new.intro")}</p>
      {organisations.length === 0 ? (
        <p>{t("admin.new.noOrganisation")}</p>
      ) : (
        <Form method="post" noValidate>
          <SelectField
            label={t("admin.fields.organisation")}
            name="organisationId"
            error={errors.organisationId}
            defaultValue={values.organisationId ?? preselected}
          >
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("admin.fields.slug")}
            hint={t("admin.fields.slugHint")}
            name="slug"
            error={errors.slug}
            defaultValue={values.slug}
            spellCheck={false}
            required
          />
          <Field label={t("admin.fields.title")} hint={t("admin.fields.titleHint")} name="title" error={errors.title} defaultValue={values.title} required />
          <Field label={t("admin.fields.description")} name="description" error={errors.description} defaultValue={values.description} multiline />
          <ConsultationPlaceAndDatesFields errors={errors} values={values} timeZones={timeZones} />
          <button type="submit">{t("admin.new.submit")}</button>
        </Form>
      )}
    </section>
  );
}
