import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { FormProblem } from "~/components/form-problem";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { invariantResponse } from "~/http/responses.server";
import { removePrincipleForm } from "~/modules/consultations/consultation-forms";
import { getPrincipleEditView } from "~/modules/consultations/drafts/get-principle-edit-view.server";
import { removeDraftPrinciple } from "~/modules/consultations/drafts/remove-draft-principle.server";

export const meta = titleMeta("consultations:admin.confirm.removePrincipleTitle");

/** "Remove principle N?" as its own page, so it asks first without JavaScript too. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const number = /^\d{1,3}$/.test(params.number ?? "") ? Number(params.number) : 0;
  const version = new URL(request.url).searchParams.get("version") ?? "";
  const view = await getPrincipleEditView({
    consultationId: manager.consultationId,
    leadOrganisationId: manager.leadOrganisationId,
    number,
    versionNumber: /^\d{1,6}$/.test(version) ? Number(version) : null,
  });
  invariantResponse(view, 404);
  return { slug: manager.slug, view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const number = /^\d{1,3}$/.test(params.number ?? "") ? Number(params.number) : 0;
  invariantResponse(number >= 1, 404);
  const form = await parseForm(request, removePrincipleForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const removed = await removeDraftPrinciple({
    versionId: form.data.versionId,
    organisationId: manager.leadOrganisationId,
    number,
    actorId: manager.staffUserId,
  });
  if (!removed.ok) return refusedForm(removed, form.values);
  return redirectWithNotice(
    `/admin/consultations/${manager.slug}/principles?version=${encodeURIComponent(form.values.versionNumber ?? "")}`,
    "consultations:admin.notices.principleRemoved",
  );
}

export default function RemovePrinciplePage() {
  const { slug, view } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  const source = view.texts.find((text) => text.language === view.sourceLanguage);
  return (
    <section className="prose">
      <h1>{t("admin.confirm.removePrincipleTitle")}</h1>
      <ConsultationAdminNav slug={slug} />
      <FormProblem messageKey={failure?.formError} />
      <p>
        {t("admin.principles.principleNumber", { number: view.number })}
        {source ? (
          <>
            {": "}
            <span lang={source.language}>{source.title}</span>
          </>
        ) : null}
      </p>
      {view.editable ? (
        <>
          <p>{t("admin.confirm.removePrincipleWhat", { version: view.versionNumber, languages: view.texts.filter((text) => text.exists).length })}</p>
          {view.linkedQuestions > 0 ? <p>{t("admin.confirm.removePrincipleQuestions", { number: view.linkedQuestions })}</p> : null}
          <Form method="post" className="confirm-actions">
            <input type="hidden" name="versionId" value={view.versionId} />
            <input type="hidden" name="versionNumber" value={view.versionNumber} />
            <button type="submit">{t("admin.principles.remove", { number: view.number })}</button>
            <Link to={`/admin/consultations/${slug}/principles/${view.number}?version=${view.versionNumber}`}>{t("admin.confirm.keep")}</Link>
          </Form>
        </>
      ) : (
        <p>{t("admin.principles.frozen")}</p>
      )}
    </section>
  );
}
