import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { SelectField } from "~/components/select-field";
import { addSupportResource } from "~/modules/consultations/add-support-resource.server";
import { consultationTextForm, removeSupportResourceForm, supportResourceForm } from "~/modules/consultations/consultation-forms";
import { getConsultationAdminView } from "~/modules/consultations/get-consultation-admin-view.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { removeSupportResource } from "~/modules/consultations/remove-support-resource.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { saveConsultationText } from "~/modules/consultations/save-consultation-text.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:admin.texts.title");

const notices: Record<string, string> = {
  text: "consultations:admin.notices.textSaved",
  resource: "consultations:admin.notices.resourceAdded",
  removed: "consultations:admin.notices.resourceRemoved",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const saved = new URL(request.url).searchParams.get("saved") ?? "";
  return {
    consultation: await getConsultationAdminView(manager.consultationId, await detectLanguage(request)),
    notice: notices[saved] ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const intent = (await request.clone().formData()).get("intent");
  const back = `/admin/consultations/${manager.slug}/texts`;
  if (intent === "resource") {
    const form = await parseForm(request, supportResourceForm);
    if (!form.ok) return formFailure(form.failure, form.status);
    const added = await addSupportResource({ consultationId: manager.consultationId, ...form.data, actorId: manager.staffUserId });
    if (!added.ok) return formFailure({ errors: { [added.field]: added.error }, values: form.values });
    return redirect(`${back}?saved=resource`, { status: 303 });
  }
  if (intent === "removeResource") {
    const form = await parseForm(request, removeSupportResourceForm);
    if (!form.ok) return formFailure(form.failure, form.status);
    await removeSupportResource({ consultationId: manager.consultationId, resourceId: form.data.resourceId, actorId: manager.staffUserId });
    return redirect(`${back}?saved=removed`, { status: 303 });
  }
  const form = await parseForm(request, consultationTextForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const saved = await saveConsultationText({ consultationId: manager.consultationId, ...form.data, actorId: manager.staffUserId });
  if (!saved.ok) return formFailure({ errors: { [saved.field]: saved.error }, values: form.values });
  return redirect(`${back}?saved=text#text-${form.data.language}`, { status: 303 });
}

export default function ConsultationTextsPage() {
  const { consultation, notice } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const resourceFailure = failure?.values.intent === "resource" ? failure : undefined;
  return (
    <section className="prose">
      <h1>{t("admin.texts.title")}</h1>
      <ConsultationAdminNav slug={consultation.slug} />
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <p>{t("admin.texts.intro")}</p>
      {consultation.texts.map((text) => {
        const own = failure?.values.intent === "text" && failure.values.language === text.language ? failure : undefined;
        const values = { ...text, ...own?.values };
        const label = languageLabel(text.language, i18n.language);
        return (
          <section key={text.language} id={`text-${text.language}`} aria-labelledby={`text-heading-${text.language}`}>
            <h2 id={`text-heading-${text.language}`}>{label}</h2>
            {text.missing ? <p className="field__error">{t("admin.texts.missing")}</p> : null}
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="text" />
              <input type="hidden" name="language" value={text.language} />
              <Field
                label={t("admin.fields.titleIn", { language: label })}
                name="title"
                error={own?.errors.title}
                defaultValue={values.title}
                lang={text.language}
                required
              />
              <Field
                label={t("admin.fields.descriptionIn", { language: label })}
                name="description"
                error={own?.errors.description}
                defaultValue={values.description}
                multiline
              />
              <Field
                label={t("admin.fields.whatHappensIn", { language: label })}
                hint={t("admin.fields.whatHappensHint")}
                name="whatHappens"
                error={own?.errors.whatHappens}
                defaultValue={values.whatHappens}
                multiline
              />
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
