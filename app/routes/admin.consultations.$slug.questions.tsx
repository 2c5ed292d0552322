import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { FormProblem } from "~/components/form-problem";
import { SelectField } from "~/components/select-field";
import type { QuestionKind } from "~/generated/prisma/enums";
import { addQuestion } from "~/modules/consultations/questions/add-question.server";
import { newQuestionForm, questionTranslationForm, removeQuestionForm } from "~/modules/consultations/consultation-forms";
import { questionKinds } from "~/modules/consultations/questions/question-kinds";
import { getQuestionEditorView } from "~/modules/consultations/questions/get-question-editor-view.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { removeQuestion } from "~/modules/consultations/questions/remove-question.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { saveQuestionTranslation } from "~/modules/consultations/questions/save-question-translation.server";
import { themeLabelKeys, themes } from "~/modules/consultations/themes";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:admin.questions.title");

const notices: Record<string, string> = {
  added: "consultations:admin.notices.questionAdded",
  translated: "consultations:admin.notices.questionTranslated",
  removed: "consultations:admin.notices.questionRemoved",
};

/** Translation keys written out in full. */
const kindKeys: Record<QuestionKind, string> = {
  free_text: "consultations:admin.questions.kinds.freeText",
  stance: "consultations:admin.questions.kinds.stance",
  single_choice: "consultations:admin.questions.kinds.singleChoice",
  multiple_choice: "consultations:admin.questions.kinds.multipleChoice",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const search = new URL(request.url).searchParams;
  const view = await getQuestionEditorView(manager.consultationId, await detectLanguage(request));
  // "Translate" links prefill the translation form with one question in one language.
  const translating = view.questionsByTheme.flatMap((group) => group.questions).find((question) => question.id === search.get("translate"));
  const language = search.get("language") ?? "";
  const existing = translating?.texts.find((text) => text.language === language);
  return {
    slug: manager.slug,
    view,
    notice: notices[search.get("saved") ?? ""] ?? null,
    prefill: translating
      ? {
          questionId: translating.id,
          language,
          prompt: existing?.prompt ?? "",
          help: existing?.help ?? "",
          options: existing?.options.join("\n") ?? "",
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const intent = (await request.clone().formData()).get("intent");
  const back = `/admin/consultations/${manager.slug}/questions`;
  if (intent === "remove") {
    const form = await parseForm(request, removeQuestionForm);
    if (!form.ok) return formFailure(form.failure, form.status);
    const removed = await removeQuestion({ consultationId: manager.consultationId, questionId: form.data.questionId, actorId: manager.staffUserId });
    if (!removed.ok) return formFailure({ errors: {}, values: form.values, formError: removed.error });
    return redirect(`${back}?saved=removed`, { status: 303 });
  }
  if (intent === "translate") {
    const form = await parseForm(request, questionTranslationForm);
    if (!form.ok) return formFailure(form.failure, form.status);
    const saved = await saveQuestionTranslation({ consultationId: manager.consultationId, ...form.data, actorId: manager.staffUserId });
    if (!saved.ok) {
      return saved.field === "form"
        ? formFailure({ errors: {}, values: form.values, formError: saved.error })
        : formFailure({ errors: { [saved.field]: saved.error }, values: form.values });
    }
    return redirect(`${back}?saved=translated`, { status: 303 });
  }
  const form = await parseForm(request, newQuestionForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const added = await addQuestion({ consultationId: manager.consultationId, ...form.data, actorId: manager.staffUserId });
  if (!added.ok) return formFailure({ errors: { [added.field]: added.error }, values: form.values });
  return redirect(`${back}?saved=added`, { status: 303 });
}

export default function QuestionsPage() {
  const { slug, view, notice, prefill } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  const intent = failure?.values.intent;
  const add = intent === "add" ? failure : undefined;
  const translate = intent === "translate" ? failure?.values : (prefill ?? undefined);
  const translateErrors = intent === "translate" ? (failure?.errors ?? {}) : {};
  const allQuestions = view.questionsByTheme.flatMap((group) => group.questions);
  const questionLabel = (question: (typeof allQuestions)[number]) =>
    `${tCommon(themeLabelKeys[question.theme])}: ${question.texts[0]?.prompt ?? t(kindKeys[question.kind])}`;
  return (
    <section className="prose">
      <h1>{t("admin.questions.title")}</h1>
      <ConsultationAdminNav slug={slug} />
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <FormProblem messageKey={intent === "remove" ? failure?.formError : undefined} />
      <p>{t("admin.questions.intro")}</p>
      {allQuestions.length === 0 ? <p>{t("admin.questions.none")}</p> : null}
      {view.questionsByTheme
        .filter((group) => group.questions.length > 0)
        .map((group) => (
          <section key={group.theme} aria-labelledby={`questions-${group.theme}`}>
            <h2 id={`questions-${group.theme}`}>{tCommon(themeLabelKeys[group.theme])}</h2>
            {group.questions.map((question) => (
              <article key={question.id} className="card">
                <p>
                  {t(kindKeys[question.kind])}
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
                <dl>
                  {question.texts.map((text) => (
                    <div key={text.language}>
                      <dt>{languageLabel(text.language, i18n.language)}</dt>
                      <dd lang={text.language}>
                        {text.prompt}
                        {text.help ? <p>{text.help}</p> : null}
                        {text.options.length > 0 ? (
                          <ul>
                            {text.options.map((option, index) => (
                              <li key={index}>{option}</li>
                            ))}
                          </ul>
                        ) : null}
                      </dd>
                    </div>
                  ))}
                </dl>
                <ul className="link-list">
                  {view.languages.map((code) => (
                    <li key={code}>
                      <Link to={`?translate=${question.id}&language=${code}#translate-form`}>
                        {t("admin.questions.editIn", { language: languageLabel(code, i18n.language) })}
                      </Link>
                    </li>
                  ))}
                </ul>
                {question.answered ? (
                  <p>{t("admin.questions.answered")}</p>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="questionId" value={question.id} />
                    <button type="submit" aria-label={t("admin.namedAction", { action: t("admin.questions.remove"), name: question.texts[0]?.prompt ?? "" })}>
                      {t("admin.questions.remove")}
                    </button>
                  </Form>
                )}
              </article>
            ))}
          </section>
        ))}

      <section aria-labelledby="add-question-heading">
        <h2 id="add-question-heading">{t("admin.questions.addHeading")}</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="add" />
          <SelectField label={t("admin.fields.theme")} name="theme" error={add?.errors.theme} defaultValue={add?.values.theme}>
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {tCommon(themeLabelKeys[theme])}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("admin.fields.kind")} name="kind" error={add?.errors.kind} defaultValue={add?.values.kind}>
            {questionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(kindKeys[kind])}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("admin.fields.principle")}
            hint={t("admin.fields.principleHint")}
            name="principleNumber"
            error={add?.errors.principleNumber}
            defaultValue={add?.values.principleNumber}
          >
            <option value="">{t("admin.questions.noPrinciple")}</option>
            {view.principles.map((principle) => (
              <option key={principle.number} value={String(principle.number)}>
                {t("admin.questions.principleOption", { number: principle.number, title: principle.title })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("admin.fields.language")} name="language" error={add?.errors.language} defaultValue={add?.values.language}>
            <LanguageOptions languages={view.languages} />
          </SelectField>
          <Field label={t("admin.fields.prompt")} hint={t("admin.fields.promptHint")} name="prompt" error={add?.errors.prompt} defaultValue={add?.values.prompt} multiline required />
          <Field label={t("admin.fields.help")} name="help" error={add?.errors.help} defaultValue={add?.values.help} multiline />
          <Field label={t("admin.fields.options")} hint={t("admin.fields.optionsHint")} name="options" error={add?.errors.options} defaultValue={add?.values.options} multiline />
          <button type="submit">{t("admin.questions.addSubmit")}</button>
        </Form>
      </section>

      {allQuestions.length > 0 ? (
        <section id="translate-form" aria-labelledby="translate-question-heading">
          <h2 id="translate-question-heading">{t("admin.questions.translateHeading")}</h2>
          <FormProblem messageKey={intent === "translate" ? failure?.formError : undefined} />
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="translate" />
            <SelectField label={t("admin.fields.question")} name="questionId" defaultValue={translate?.questionId} key={`q-${translate?.questionId ?? ""}`}>
              {allQuestions.map((question) => (
                <option key={question.id} value={question.id}>
                  {questionLabel(question)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("admin.fields.language")}
              name="language"
              error={translateErrors.language}
              defaultValue={translate?.language}
              key={`l-${translate?.language ?? ""}`}
            >
              <LanguageOptions languages={view.languages} />
            </SelectField>
            <Field
              label={t("admin.fields.prompt")}
              name="prompt"
              error={translateErrors.prompt}
              defaultValue={translate?.prompt}
              multiline
              required
              key={`p-${translate?.questionId ?? ""}-${translate?.language ?? ""}`}
            />
            <Field
              label={t("admin.fields.help")}
              name="help"
              error={translateErrors.help}
              defaultValue={translate?.help}
              multiline
              key={`h-${translate?.questionId ?? ""}-${translate?.language ?? ""}`}
            />
            <Field
              label={t("admin.fields.options")}
              hint={t("admin.fields.optionsTranslateHint")}
              name="options"
              error={translateErrors.options}
              defaultValue={translate?.options}
              multiline
              key={`o-${translate?.questionId ?? ""}-${translate?.language ?? ""}`}
            />
            <button type="submit">{t("admin.questions.translateSubmit")}</button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
