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
import { draftVersionChoiceForm } from "~/modules/consultations/consultation-forms";
import { getDraftEditorView } from "~/modules/consultations/drafts/get-draft-editor-view.server";
import { publishDraftVersion } from "~/modules/consultations/drafts/publish-draft-version.server";

export const meta = titleMeta("consultations:admin.confirm.switchTitle");

/**
 * "Show participants another version?" as its own page: an open
 * consultation's principles change under people's eyes, so the switch is
 * confirmed here (GET ?versionId=…), and this page's form does it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const versionId = new URL(request.url).searchParams.get("versionId") ?? "";
  const view = await getDraftEditorView({ consultationId: manager.consultationId, leadOrganisationId: manager.leadOrganisationId, versionNumber: null });
  const target = view.usableDocuments
    .flatMap((document) => document.versions.map((version) => ({ ...version, title: document.title })))
    .find((version) => version.id === versionId);
  invariantResponse(target, 404);
  return { slug: manager.slug, status: view.status, current: view.document?.currentVersion.number ?? null, target };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const form = await parseForm(request, draftVersionChoiceForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const used = await publishDraftVersion({
    consultationId: manager.consultationId,
    versionId: form.data.versionId,
    leadOrganisationId: manager.leadOrganisationId,
    actorId: manager.staffUserId,
    confirmed: true,
  });
  if (!used.ok) return refusedForm(used, form.values);
  return redirectWithNotice(`/admin/consultations/${manager.slug}/principles`, "consultations:admin.notices.versionUsed");
}

export default function SwitchVersionPage() {
  const { slug, status, current, target } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("consultations");
  return (
    <section className="prose">
      <h1>{t("admin.confirm.switchTitle")}</h1>
      <ConsultationAdminNav slug={slug} />
      <FormProblem messageKey={failure?.formError} />
      <p>{t("admin.principles.versionOption", { title: target.title, version: target.number, principles: target.principles })}</p>
      {current !== null ? <p>{t("admin.principles.inUse", { version: current })}</p> : null}
      <p>{t(status === "open" ? "admin.confirm.switchWhatOpen" : "admin.confirm.switchWhat")}</p>
      <Form method="post" className="confirm-actions">
        <input type="hidden" name="versionId" value={target.id} />
        <button type="submit">{t("admin.confirm.switchSubmit", { version: target.number })}</button>
        <Link to={`/admin/consultations/${slug}/principles`}>{t("admin.confirm.keepVersion")}</Link>
      </Form>
    </section>
  );
}
