import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ConsultationPlaceAndDatesFields } from "~/components/consultation-place-and-dates-fields";
import { Field } from "~/components/field";
import { FormProblem } from "~/components/form-problem";
import { changeConsultationStatus } from "~/modules/consultations/change-consultation-status.server";
import { consultationSettingsForm, statusChangeForm } from "~/modules/consultations/consultation-forms";
import { statusActionKey, statusLabelKeys } from "~/modules/consultations/consultation-status";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { updateConsultationSettings } from "~/modules/consultations/update-consultation-settings.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";

export const meta = dataTitleMeta<{ consultation: { title: string } }>((data) => data.consultation.title);

/** Confirmation after a redirect, by what was saved. Keys written out in full. */
const notices: Record<string, string> = {
  created: "consultations:admin.notices.created",
  settings: "consultations:admin.notices.settingsSaved",
  status: "consultations:admin.notices.statusChanged",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const language = await detectLanguage(request);
  const saved = new URL(request.url).searchParams.get("saved") ?? "";
  return {
    consultation: await getConsultationAdminView(manager.consultationId, language),
    notice: notices[saved] ?? null,
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const body = await request.clone().formData();
  const back = `/admin/consultations/${manager.slug}`;
  if (body.get("intent") === "status") {
    const form = await parseForm(request, statusChangeForm);
    if (!form.ok) return formFailure(form.failure, form.status);
    const changed = await changeConsultationStatus({ consultationId: manager.consultationId, to: form.data.status, actorId: manager.staffUserId });
    if (!changed.ok) return formFailure({ errors: {}, values: form.values, formError: changed.error });
    return redirect(`${back}?saved=status`, { status: 303 });
  }
  const form = await parseForm(request, consultationSettingsForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const { regionCity, regionCountry, timeZone, languages, opensAt, closesAt, exitUrl } = form.data;
  await updateConsultationSettings({
    consultationId: manager.consultationId,
    settings: { regionCity, regionCountry, timeZone, languages, opensAt, closesAt, exitUrl },
    actorId: manager.staffUserId,
  });
  return redirect(`${back}?saved=settings`, { status: 303 });
}

export default function ConsultationSettingsPage() {
  const { consultation, notice, timeZones } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const statusFailure = failure?.values.intent === "status" ? failure : undefined;
  const settingsFailure = failure && failure.values.intent !== "status" ? failure : undefined;
  const values = { ...consultation.settings, ...settingsFailure?.values };
  const errors = settingsFailure?.errors ?? {};
  return (
    <section className="prose">
      <h1>{consultation.title}</h1>
      <ConsultationAdminNav slug={consultation.slug} />
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}

      <h2>{t("admin.status.heading")}</h2>
      <p>{t("admin.status.current", { status: t(statusLabelKeys[consultation.status]) })}</p>
      <p>{t("admin.status.dates", { opens: consultation.opensAtText, closes: consultation.closesAtText, timeZone: consultation.timeZone })}</p>
      {consultation.status === "open" || consultation.status === "closed" || consultation.status === "archived" ? (
        <p>
          <Link to={`/c/${consultation.slug}`}>{t("admin.status.publicPage")}</Link>
        </p>
      ) : null}
      <FormProblem messageKey={statusFailure?.formError} />
      {consultation.nextStatuses.map((next) => (
        <Form method="post" key={next}>
          <input type="hidden" name="intent" value="status" />
          <input type="hidden" name="status" value={next} />
          <button type="submit">{t(statusActionKey(consultation.status, next))}</button>
        </Form>
      ))}

      <h2>{t("admin.checklist.heading")}</h2>
      <ul>
        <li>
          {consultation.missingTexts.length === 0
            ? t("admin.checklist.textsComplete")
            : t("admin.checklist.textsMissing", { languages: consultation.missingTexts.map((code) => languageLabel(code, i18n.language)).join(", ") })}
        </li>
        <li>
          {consultation.draft
            ? t("admin.checklist.draft", { title: consultation.draft.documentTitle, version: consultation.draft.version, principles: consultation.draft.principles })
            : t("admin.checklist.noDraft")}
        </li>
        <li>{t("admin.checklist.questions", { number: consultation.questionCount })}</li>
        <li>
          {consultation.missingSupport.length === 0
            ? t("admin.checklist.supportComplete")
            : t("admin.checklist.supportMissing", { languages: consultation.missingSupport.map((code) => languageLabel(code, i18n.language)).join(", ") })}
        </li>
        <li>
          {t("admin.checklist.hosts", {
            hosts: consultation.hosts
              .filter((host) => host.invitation === "accepted")
              .map((host) => host.name)
              .join(", "),
          })}
        </li>
      </ul>

      <h2>{t("admin.settings.heading")}</h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="settings" />
        <ConsultationPlaceAndDatesFields errors={errors} values={values} timeZones={timeZones} />
        <Field
          label={t("admin.fields.exitUrl")}
          hint={t("admin.fields.exitUrlHint")}
          name="exitUrl"
          type="url"
          error={errors.exitUrl}
          defaultValue={values.exitUrl}
          spellCheck={false}
          required
        />
        <button type="submit">{t("admin.settings.submit")}</button>
      </Form>
    </section>
  );
}
