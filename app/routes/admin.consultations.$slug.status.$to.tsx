import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { FormProblem } from "~/components/form-problem";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { invariantResponse } from "~/http/responses.server";
import { changeConsultationStatus } from "~/modules/consultations/change-consultation-status.server";
import { confirmForm } from "~/modules/consultations/consultation-forms";
import { statusActionKey, statusChangeNeedsConfirmation } from "~/modules/consultations/consultation-status";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { languageLabel } from "~/modules/consultations/language-names";

export const meta = titleMeta("consultations:admin.confirm.statusTitle");

/** Only the changes that ask first (opening a draft, archiving) have a confirmation page. */
function target(value: string | undefined): "open" | "archived" {
  invariantResponse(value === "open" || value === "archived", 404);
  return value;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const to = target(params.to);
  const view = await getConsultationAdminView(manager.consultationId, await detectLanguage(request));
  invariantResponse(view.nextStatuses.includes(to) && statusChangeNeedsConfirmation(view.status, to), 404);
  return {
    slug: manager.slug,
    to,
    from: view.status,
    title: view.title,
    opensAtText: view.opensAtText,
    closesAtText: view.closesAtText,
    timeZone: view.timeZone,
    unfinished: view.readiness.filter((language) => !language.done).map((language) => language.language),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const to = target(params.to);
  const form = await parseForm(request, confirmForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const changed = await changeConsultationStatus({ consultationId: manager.consultationId, to, actorId: manager.staffUserId, confirmed: true });
  if (!changed.ok) return refusedForm(changed, form.values);
  return redirectWithNotice(`/admin/consultations/${manager.slug}`, "consultations:admin.notices.statusChanged");
}

export default function ConfirmStatusPage() {
  const { slug, to, from, title, opensAtText, closesAtText, timeZone, unfinished } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  return (
    <section className="prose">
      <h1>{t(to === "open" ? "admin.confirm.openTitle" : "admin.confirm.archiveTitle", { title })}</h1>
      <ConsultationAdminNav slug={slug} />
      <FormProblem messageKey={failure?.formError} />
      {to === "open" ? (
        <>
          <p>{t("admin.confirm.openWhat", { opens: opensAtText, closes: closesAtText, timeZone })}</p>
          {unfinished.length > 0 ? (
            <p className="field__error">
              {t("admin.confirm.openUnfinished", { languages: unfinished.map((code) => languageLabel(code, i18n.language)).join(", ") })}
            </p>
          ) : null}
        </>
      ) : (
        <p>{t("admin.confirm.archiveWhat")}</p>
      )}
      <Form method="post" className="confirm-actions">
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit">{t(statusActionKey(from, to))}</button>
        <Link to={`/admin/consultations/${slug}`}>{t("admin.confirm.notNow")}</Link>
      </Form>
    </section>
  );
}
