import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormProblem } from "~/components/form-problem";
import { requireConsultationHostAdmin } from "~/http/require-consultation-host.server";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { invariantResponse } from "~/http/responses.server";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { leaveConsultationForm } from "~/modules/consultations/hosting/hosting-forms";
import { leaveConsultation } from "~/modules/consultations/hosting/leave-consultation.server";

export const meta = titleMeta("cohosting.leaveTitle");

/**
 * Leaving is asked for on its own page (it works the same without
 * JavaScript): what it ends, then one button per organisation this person
 * administers among the co-hosts.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const host = await requireConsultationHostAdmin(request, params.slug ?? "");
  invariantResponse(host.cohostOrganisationIds.length > 0, 404);
  const consultation = await getConsultationAdminView(host.consultationId, await detectLanguage(request));
  return {
    slug: consultation.slug,
    title: consultation.title,
    leaving: consultation.hosts.filter((candidate) => host.cohostOrganisationIds.includes(candidate.organisationId)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const host = await requireConsultationHostAdmin(request, params.slug ?? "");
  const form = await parseForm(request, leaveConsultationForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  // Only for an organisation this person administers: the policy let them see, not leave for others.
  invariantResponse(host.cohostOrganisationIds.includes(form.data.organisationId), 404);
  const left = await leaveConsultation({ consultationId: host.consultationId, organisationId: form.data.organisationId, actorId: host.staffUserId });
  if (!left.ok) return refusedForm(left, form.values);
  return redirectWithNotice(`/admin/orgs/${form.data.organisationId}`, { key: "common:cohosting.notices.left", values: { organisation: left.organisationName } });
}

export default function LeaveConsultationPage() {
  const { slug, title, leaving } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("cohosting.leaveTitle")}</h1>
      <FormProblem messageKey={failure?.formError} />
      <p>{t("cohosting.leaveQuestion", { consultation: title })}</p>
      <p>{t("cohosting.leaveConsequence")}</p>
      {leaving.map((organisation) => (
        <Form method="post" key={organisation.organisationId}>
          <input type="hidden" name="intent" value="leave" />
          <input type="hidden" name="organisationId" value={organisation.organisationId} />
          <button type="submit">{t("cohosting.leaveSubmit", { organisation: organisation.name })}</button>
        </Form>
      ))}
      <p>
        <Link to={`/admin/cohosting/${slug}`}>{t("cohosting.keep")}</Link>
      </p>
    </section>
  );
}
