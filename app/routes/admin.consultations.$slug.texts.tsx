import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { SelectField } from "~/components/select-field";
import { addSupportResource } from "~/modules/consultations/add-support-resource.server";
import { consultationTextsPageForm } from "~/modules/consultations/consultation-forms";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { removeSupportResource } from "~/modules/consultations/remove-support-resource.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { saveConsultationText } from "~/modules/consultations/save-consultation-text.server";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { redirectWithNotice } from "~/http/notice.server";
import { TranslationPair } from "~/components/translation-pair";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:admin.texts.title");


export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  return { consultation: await getConsultationAdminView(manager.consultationId, await detectLanguage(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const back = `/admin/consultations/${manager.slug}/texts`;
  const form = await parseForm(request, consultationTextsPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const actorId = manager.staffUserId;
  switch (form.data.intent) {
    case "resource": {
      const { intent: _intent, ...resource } = form.data;
      const added = await addSupportResource({ consultationId: manager.consultationId, ...resource, actorId });
      if (!added.ok) return refusedForm(added, form.values);
      return redirectWithNotice(back, "consultations:admin.notices.resourceAdded");
    }
    case "removeResource": {
      await removeSupportResource({ consultationId: manager.consultationId, resourceId: form.data.resourceId, actorId });
      return redirectWithNotice(back, "consultations:admin.notices.resourceRemoved");
    }
    case "text": {
      const { intent: _intent, ...text } = form.data;
      const saved = await saveConsultationText({ consultationId: manager.consultationId, ...text, actorId });
      if (!saved.ok) return refusedForm(saved, form.values);
      return redirectWithNotice(`${back}#text-${text.language}`, "consultations:admin.notices.textSaved");
    }
  }
}

export default function ConsultationTextsPage() {
  const { consultation } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const resourceFailure = failure?.values.intent === "resource" ? failure : undefined;
  return (
    <section className="prose">
      <h1>{t("admin.texts.title")}</h1>
      <ConsultationAdminNav slug={consultation.slug} />
      <p>{t("admin.texts.intro")}</p>
      {consultation.texts.map((text) => {
        const own = failure?.values.intent === "text" && failure.values.language === text.language ? failure : undefined;
        const values = { ...text, ...own?.values };
        const label = languageLabel(text.language, i18n.language);
        // The source-language text beside each translation field: English, or the first language that has texts.
        const sourceText = consultation.texts.find((candidate) => candidate.language === consultation.textSourceLanguage);
        const sourceOf = (value: string | undefined) =>
          sourceText && sourceText.language !== text.language ? { language: sourceText.language, text: value ?? "" } : null;
        return (
          <section key={text.language} id={`text-${text.language}`} aria-labelledby={`text-heading-${text.language}`}>
            <h2 id={`text-heading-${text.language}`}>{label}</h2>
            {text.missing ? <p className="field__error">{t("admin.texts.missing")}</p> : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="text" />
              <input type="hidden" name="language" value={text.language} />
              <TranslationPair source={sourceOf(sourceText?.title)}>
                <Field
                  label={t("admin.fields.titleIn", { language: label })}
                  name="title"
                  error={own?.errors.title}
                  defaultValue={values.title}
                  lang={text.language}
                  required
                />
              </TranslationPair>
              <TranslationPair source={sourceOf(sourceText?.description)}>
                <Field
                  label={t("admin.fields.descriptionIn", { language: label })}
                  name="description"
                  error={own?.errors.description}
                  defaultValue={values.description}
                  multiline
                />
              </TranslationPair>
              <TranslationPair source={sourceOf(sourceText?.whatHappens)}>
                <Field
                  label={t("admin.fields.whatHappensIn", { language: label })}
                  hint={t("admin.fields.whatHappensHint")}
                  name="whatHappens"
                  error={own?.errors.whatHappens}
                  defaultValue={values.whatHappens}
                  multiline
                />
              </TranslationPair>
              <button type="submit">{t("admin.texts.submit", { language: label })}</button>
            </Form>
          </section>
        );
      })}

      <h2>{t("admin.support.heading")}</h2>
      <p>{t("admin.support.intro")}</p>
      {consultation.missingSupport.length > 0 ? (
        <p className="field__error">
          {t("admin.support.missing", { languages: consultation.missingSupport.map((code) => languageLabel(code, i18n.language)).join(", ") })}
        </p>
      ) : null}
      {consultation.supportResources.length > 0 ? (
        <ul>
          {consultation.supportResources.map((resource) => (
            <li key={resource.id} lang={resource.language}>
              <strong>{resource.name}</strong> ({languageLabel(resource.language, i18n.language)})
              {resource.description ? <p>{resource.description}</p> : null}
              <p>{resource.contact}</p>
              <Form method="post">
                <input type="hidden" name="intent" value="removeResource" />
                <input type="hidden" name="resourceId" value={resource.id} />
                <button type="submit" aria-label={t("admin.namedAction", { action: t("admin.support.remove"), name: resource.name })}>
                  {t("admin.support.remove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t("admin.support.addHeading")}</h3>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="resource" />
        <SelectField label={t("admin.fields.language")} name="language" error={resourceFailure?.errors.language} defaultValue={resourceFailure?.values.language}>
          <LanguageOptions languages={consultation.languages} />
        </SelectField>
        <Field label={t("admin.fields.resourceName")} name="name" error={resourceFailure?.errors.name} defaultValue={resourceFailure?.values.name} required />
        <Field
          label={t("admin.fields.resourceDescription")}
          name="description"
          error={resourceFailure?.errors.description}
          defaultValue={resourceFailure?.values.description}
          multiline
        />
        <Field
          label={t("admin.fields.resourceContact")}
          hint={t("admin.fields.resourceContactHint")}
          name="contact"
          error={resourceFailure?.errors.contact}
          defaultValue={resourceFailure?.values.contact}
          required
        />
        <button type="submit">{t("admin.support.submit")}</button>
      </Form>
    </section>
  );
}
