import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "~/components/checkbox-field";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ConsultationPlaceAndDatesFields } from "~/components/consultation-place-and-dates-fields";
import { Field } from "~/components/field";
import { FormProblem } from "~/components/form-problem";
import { changeConsultationStatus } from "~/modules/consultations/change-consultation-status.server";
import { consultationSettingsPageForm } from "~/modules/consultations/consultation-forms";
import { dimensionLabelKeys } from "~/modules/self-description/dimension-labels";
import { dimensionNames } from "~/modules/self-description/dimensions";
import { selfDescriptionFieldName } from "~/modules/self-description/self-description-answers";
import { statusActionKey, statusChangeNeedsConfirmation, statusLabelKeys } from "~/modules/consultations/consultation-status";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { updateConsultationSettings } from "~/modules/consultations/update-consultation-settings.server";
import { formFailure, parseForm, refusedForm, type FormValues } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";

// The disclosure threshold's label and errors are staff strings (the workspace namespace); the dimensions' names are selfdescription's.
export const handle = { i18n: ["workspace", "selfdescription"] };

export const meta = dataTitleMeta<{ consultation: { title: string } }>((data) => data.consultation.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  return {
    consultation: await getConsultationAdminView(manager.consultationId, await detectLanguage(request)),
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}

/** The settings page's reply when dropping a language needs a yes first: the page asks, with everything typed kept. */
type DropConfirmation = { confirmDrop: { languages: string[]; values: FormValues } };

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const back = `/admin/consultations/${manager.slug}`;
  const form = await parseForm(request, consultationSettingsPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  if (form.data.intent === "status") {
    // Opening a draft and archiving ask first, on their own page (status.$to); this form closes and reopens.
    const changed = await changeConsultationStatus({ consultationId: manager.consultationId, to: form.data.status, actorId: manager.staffUserId });
    if (!changed.ok) return refusedForm(changed, form.values);
    return redirectWithNotice(back, "consultations:admin.notices.statusChanged");
  }
  const { regionCity, regionCountry, timeZone, languages, opensAt, closesAt, exitUrl, disclosureThreshold, selfDescriptionDimensions, confirmDroppedLanguages } =
    form.data;
  const saved = await updateConsultationSettings({
    consultationId: manager.consultationId,
    settings: { regionCity, regionCountry, timeZone, languages, opensAt, closesAt, exitUrl, disclosureThreshold, selfDescriptionDimensions },
    actorId: manager.staffUserId,
    confirmedDroppedLanguages: confirmDroppedLanguages.split(",").filter(Boolean),
  });
  if (!saved.ok) return data<DropConfirmation>({ confirmDrop: { languages: saved.languages, values: form.values } }, { status: 409 });
  return redirectWithNotice(back, "consultations:admin.notices.settingsSaved");
}

export default function ConsultationSettingsPage() {
  const { consultation, timeZones } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const failure = reply && "failure" in reply ? reply.failure : undefined;
  const confirmDrop = reply && "confirmDrop" in reply ? reply.confirmDrop : undefined;
  const { t, i18n } = useTranslation("consultations");
  const name = (code: string) => languageLabel(code, i18n.language);
  const statusFailure = failure?.values.intent === "status" ? failure : undefined;
  const settingsFailure = failure && failure.values.intent !== "status" ? failure : undefined;
  const values = { ...consultation.settings, ...settingsFailure?.values };
  const errors = settingsFailure?.errors ?? {};
  const base = `/admin/consultations/${consultation.slug}`;

  if (confirmDrop) {
    // Dropping a language people have written in: this reply is the confirmation page (it works without JavaScript).
    return (
      <section className="prose">
        <h1>{t("admin.confirm.dropTitle", { languages: confirmDrop.languages.map(name).join(", ") })}</h1>
        <ConsultationAdminNav slug={consultation.slug} />
        <p>{t("admin.confirm.dropWhat", { languages: confirmDrop.languages.map(name).join(", ") })}</p>
        <Form method="post" className="confirm-actions">
          {Object.entries(confirmDrop.values)
            .filter(([field]) => field !== "confirmDroppedLanguages")
            .map(([field, value]) => (
              <input type="hidden" key={field} name={field} value={value} />
            ))}
          <input type="hidden" name="confirmDroppedLanguages" value={confirmDrop.languages.join(",")} />
          <button type="submit">{t("admin.confirm.dropSubmit")}</button>
          <Link to={base}>{t("admin.confirm.dropKeep")}</Link>
        </Form>
      </section>
    );
  }

  return (
    <section className="prose">
      <h1>{consultation.title}</h1>
      <ConsultationAdminNav slug={consultation.slug} />

      <h2>{t("admin.status.heading")}</h2>
      <p>{t("admin.status.current", { status: t(statusLabelKeys[consultation.status]) })}</p>
      <p>{t("admin.status.dates", { opens: consultation.opensAtText, closes: consultation.closesAtText, timeZone: consultation.timeZone })}</p>
      {consultation.status === "open" || consultation.status === "closed" || consultation.status === "archived" ? (
        <p>
          <Link to={`/c/${consultation.slug}`}>{t("admin.status.publicPage")}</Link>
        </p>
      ) : null}
      <FormProblem messageKey={statusFailure?.formError} />
      {consultation.nextStatuses.map((next) =>
        statusChangeNeedsConfirmation(consultation.status, next) ? (
          <p key={next}>
            <Link to={`${base}/status/${next}`}>{t(statusActionKey(consultation.status, next))}</Link>
          </p>
        ) : (
          <Form method="post" key={next}>
            <input type="hidden" name="intent" value="status" />
            <input type="hidden" name="status" value={next} />
            <button type="submit">{t(statusActionKey(consultation.status, next))}</button>
          </Form>
        ),
      )}

      <h2>{t("admin.checklist.heading")}</h2>
      <ul>
        {consultation.readiness.map((language) => (
          <li key={language.language}>
            {language.done ? (
              t("admin.checklist.languageDone", { language: name(language.language) })
            ) : (
              <>
                {t("admin.checklist.languageMissing", { language: name(language.language) })}
                <ul>
                  {language.missingTexts.length > 0 ? (
                    <li>
                      <Link to={`${base}/texts#text-${language.language}`}>{t("admin.checklist.missingTexts")}</Link>
                    </li>
                  ) : null}
                  {language.missingPrinciples.map((number) => (
                    <li key={`p-${number}`}>
                      <Link to={`${base}/principles/${number}?language=${language.language}`}>{t("admin.checklist.missingPrinciple", { number })}</Link>
                    </li>
                  ))}
                  {language.missingQuestions.map((question) => (
                    <li key={`q-${question.id}`}>
                      <Link to={`${base}/questions/${question.id}?language=${language.language}`}>{t("admin.checklist.missingQuestion", { question: question.label })}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
        <li>
          {consultation.draft
            ? t("admin.checklist.draft", { title: consultation.draft.documentTitle, version: consultation.draft.version, principles: consultation.draft.principles })
            : t("admin.checklist.noDraft")}
        </li>
        <li>{t("admin.checklist.questions", { number: consultation.questionCount })}</li>
        <li>
          {consultation.missingSupport.length === 0
            ? t("admin.checklist.supportComplete")
            : t("admin.checklist.supportMissing", { languages: consultation.missingSupport.map(name).join(", ") })}
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
        <Field
          label={t("workspace:disclosure.thresholdLabel")}
          hint={t("workspace:disclosure.thresholdHint")}
          name="disclosureThreshold"
          inputMode="numeric"
          error={errors.disclosureThreshold}
          defaultValue={values.disclosureThreshold}
          required
        />
        <fieldset aria-describedby="self-description-dimensions-hint">
          <legend>{t("workspace:selfDescription.settingsLegend")}</legend>
          <p className="field__hint" id="self-description-dimensions-hint">
            {t("workspace:selfDescription.settingsHint")}
          </p>
          {dimensionNames.map((dimension) => (
            <CheckboxField
              key={dimension}
              name={selfDescriptionFieldName(dimension)}
              label={t(dimensionLabelKeys[dimension])}
              // A refused form comes back as it was sent; otherwise the saved choice.
              defaultChecked={
                settingsFailure ? settingsFailure.values[selfDescriptionFieldName(dimension)] === "on" : consultation.selfDescriptionDimensions.includes(dimension)
              }
            />
          ))}
        </fieldset>
        <button type="submit">{t("admin.settings.submit")}</button>
      </Form>
    </section>
  );
}
