import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { SelectField } from "~/components/select-field";
import { ThemeSelectField } from "~/components/theme-select-field";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { newQuestionForm } from "~/modules/consultations/consultation-forms";
import { languageLabel } from "~/modules/consultations/language-names";
import { addQuestion } from "~/modules/consultations/questions/add-question.server";
import { getQuestionEditorView } from "~/modules/consultations/questions/get-question-editor-view.server";
import { questionKindKeys, questionKinds } from "~/modules/consultations/questions/question-kinds";
import { themeLabelKeys } from "~/modules/consultations/themes";

export const meta = titleMeta("consultations:admin.questions.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  return { slug: manager.slug, view: await getQuestionEditorView(manager.consultationId, await detectLanguage(request)) };
}

/** The one form of this page adds a question; each question is edited, translated or removed on its own page. */
export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const form = await parseForm(request, newQuestionForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const added = await addQuestion({ consultationId: manager.consultationId, ...form.data, actorId: manager.staffUserId });
  if (!added.ok) return refusedForm(added, form.values);
  return redirectWithNotice(`/admin/consultations/${manager.slug}/questions`, "consultations:admin.notices.questionAdded");
}

export default function QuestionsPage() {
  const { slug, view } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  const errors = failure?.errors ?? {};
  const values = failure?.values ?? {};
  const allQuestions = view.questionsByTheme.flatMap((group) => group.questions);
  const base = `/admin/consultations/${slug}/questions`;
  return (
    <section className="prose">
      <h1>{t("admin.questions.title")}</h1>
      <ConsultationAdminNav slug={slug} />
      <p>{t("admin.questions.intro")}</p>
      <p>
        <a href="#add-question-heading">{t("admin.questions.addHeading")}</a>
      </p>
      {allQuestions.length === 0 ? <p>{t("admin.questions.none")}</p> : null}
      {view.questionsByTheme
        .filter((group) => group.questions.length > 0)
        .map((group) => (
          <section key={group.theme} aria-labelledby={`questions-${group.theme}`}>
            <h2 id={`questions-${group.theme}`}>{tCommon(themeLabelKeys[group.theme])}</h2>
            <ul className="card-list">
              {group.questions.map((question) => (
                <li key={question.id} className="card">
                  <p lang={question.texts[0]?.language}>
                    <Link to={`${base}/${question.id}`}>{question.texts[0]?.prompt || t(questionKindKeys[question.kind])}</Link>
                  </p>
                  <p>
                    {t(questionKindKeys[question.kind])}
                    {question.principleNumber !== null ? ` · ${t("admin.questions.aboutPrinciple", { number: question.principleNumber })}` : null}
                  </p>
                  {question.kind === "stance" && question.principleNumber === null ? (
                    <p className="field__error">{t("admin.questions.stanceWithoutPrinciple")}</p>
                  ) : null}
                  {question.missing.length > 0 ? (
                    <p className="field__error">
                      {t("admin.questions.missing", { languages: question.missing.map((code) => languageLabel(code, i18n.language)).join(", ") })}
                    </p>
                  ) : null}
                  <ul className="link-list">
                    {view.languages.map((code) => (
                      <li key={code}>
                        <Link to={`${base}/${question.id}?language=${code}`}>{t("admin.questions.editIn", { language: languageLabel(code, i18n.language) })}</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        ))}

      <section aria-labelledby="add-question-heading">
        <h2 id="add-question-heading">{t("admin.questions.addHeading")}</h2>
        <ErrorSummary
          failure={failure}
          fields={[
            { name: "theme", label: t("admin.fields.theme") },
            { name: "kind", label: t("admin.fields.kind") },
            { name: "principleNumber", label: t("admin.fields.principle") },
            { name: "language", label: t("admin.fields.language") },
            { name: "prompt", label: t("admin.fields.prompt") },
            { name: "help", label: t("admin.fields.help") },
            { name: "options", label: t("admin.fields.options") },
          ]}
        />
        <Form method="post" noValidate>
          <ThemeSelectField error={errors.theme} defaultValue={values.theme} />
          <SelectField label={t("admin.fields.kind")} name="kind" error={errors.kind} defaultValue={values.kind}>
            {questionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(questionKindKeys[kind])}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("admin.fields.principle")}
            hint={t("admin.fields.principleHint")}
            name="principleNumber"
            error={errors.principleNumber}
            defaultValue={values.principleNumber}
          >
            <option value="">{t("admin.questions.noPrinciple")}</option>
            {view.principles.map((principle) => (
              <option key={principle.number} value={String(principle.number)}>
                {t("admin.questions.principleOption", { number: principle.number, title: principle.title })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("admin.fields.language")} name="language" error={errors.language} defaultValue={values.language}>
            <LanguageOptions languages={view.languages} />
          </SelectField>
          <Field label={t("admin.fields.prompt")} hint={t("admin.fields.promptHint")} id={fieldId("prompt")} name="prompt" error={errors.prompt} defaultValue={values.prompt} multiline required />
          <Field label={t("admin.fields.help")} id={fieldId("help")} name="help" error={errors.help} defaultValue={values.help} multiline />
          <Field label={t("admin.fields.options")} hint={t("admin.fields.optionsHint")} id={fieldId("options")} name="options" error={errors.options} defaultValue={values.options} multiline />
          <button type="submit">{t("admin.questions.addSubmit")}</button>
        </Form>
      </section>
    </section>
  );
}
