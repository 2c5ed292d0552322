import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { sourceTextsFor, TranslationPair } from "~/components/translation-pair";
import { refusedForm, formFailure, parseForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { invariantResponse } from "~/http/responses.server";
import { questionEditForm } from "~/modules/consultations/consultation-forms";
import { languageLabel } from "~/modules/consultations/language-names";
import { getQuestionEditView } from "~/modules/consultations/questions/get-question-edit-view.server";
import { questionKindKeys } from "~/modules/consultations/questions/question-kinds";
import { saveQuestionTranslation } from "~/modules/consultations/questions/save-question-translation.server";
import { themeLabelKeys } from "~/modules/consultations/themes";

export const meta = titleMeta("consultations:admin.questionEdit.title");

/** The language asked for in the address when the consultation offers it, else the source language. */
function chosenLanguage(request: Request, view: { languages: string[]; sourceLanguage: string | null }) {
  const asked = new URL(request.url).searchParams.get("language") ?? "";
  return view.languages.includes(asked) ? asked : (view.sourceLanguage ?? view.languages[0] ?? "en");
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const view = await getQuestionEditView(manager.consultationId, params.questionId ?? "");
  invariantResponse(view, 404);
  return { slug: manager.slug, view, language: chosenLanguage(request, view) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const questionId = params.questionId ?? "";
  const form = await parseForm(request, questionEditForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const saved = await saveQuestionTranslation({ consultationId: manager.consultationId, questionId, ...form.data, actorId: manager.staffUserId });
  if (!saved.ok) return refusedForm(saved, form.values);
  return redirectWithNotice(
    `/admin/consultations/${manager.slug}/questions/${questionId}?language=${encodeURIComponent(form.data.language)}`,
    "consultations:admin.notices.questionTranslated",
  );
}

export default function QuestionEditPage() {
  const { slug, view, language } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  const text = view.texts.find((candidate) => candidate.language === language)!;
  const { source, pair: sourceOf } = sourceTextsFor(view, language);
  const values = failure?.values ?? { prompt: text.prompt, help: text.help, options: text.options.join("\n") };
  const errors = failure?.errors ?? {};
  const frozen = view.wordingFrozen && text.exists;
  const base = `/admin/consultations/${slug}/questions`;
  const fields = [
    { name: "prompt", label: t("admin.fields.prompt") },
    { name: "help", label: t("admin.fields.help") },
    { name: "options", label: t("admin.fields.options") },
  ];
  return (
    <section className="prose">
      <h1>{t("admin.questionEdit.heading", { question: view.label || t(questionKindKeys[view.kind]) })}</h1>
      <ConsultationAdminNav slug={slug} />
      <p>
        <Link to={base}>{t("admin.questionEdit.back")}</Link>
      </p>
      <p>
        {tCommon(themeLabelKeys[view.theme])} · {t(questionKindKeys[view.kind])}
        {view.principleNumber !== null ? ` · ${t("admin.questions.aboutPrinciple", { number: view.principleNumber })}` : null}
      </p>
      <nav aria-label={t("admin.questionEdit.languagesLabel")}>
        <ul className="link-list">
          {view.texts.map((candidate) => (
            <li key={candidate.language}>
              <Link to={`?language=${candidate.language}`} aria-current={candidate.language === language ? "page" : undefined}>
                {t(candidate.exists ? "admin.questionEdit.editIn" : "admin.questionEdit.translateInto", { language: languageLabel(candidate.language, i18n.language) })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{languageLabel(language, i18n.language)}</h2>
      <ErrorSummary failure={failure} fields={fields} />
      {frozen ? (
        <>
          <p>{t("errors.questionFrozen")}</p>
          <dl lang={language}>
            <dt>{t("admin.fields.prompt")}</dt>
            <dd>{text.prompt}</dd>
            {text.help ? (
              <>
                <dt>{t("admin.fields.help")}</dt>
                <dd>{text.help}</dd>
              </>
            ) : null}
          </dl>
          <p>
            <Link to={`${base}#add-question-heading`}>{t("admin.questionEdit.addInstead")}</Link>
          </p>
        </>
      ) : (
        <Form method="post" noValidate>
          <input type="hidden" name="language" value={language} />
          <TranslationPair source={sourceOf(source?.prompt ?? "")}>
            <Field label={t("admin.fields.prompt")} id={fieldId("prompt")} name="prompt" error={errors.prompt} defaultValue={values.prompt} multiline required lang={language} key={`p-${language}`} />
          </TranslationPair>
          <TranslationPair source={sourceOf(source?.help ?? "")}>
            <Field label={t("admin.fields.help")} id={fieldId("help")} name="help" error={errors.help} defaultValue={values.help} multiline lang={language} key={`h-${language}`} />
          </TranslationPair>
          {view.hasOptions ? (
            <TranslationPair source={sourceOf(source?.options.join("\n") ?? "")}>
              <Field
                label={t("admin.fields.options")}
                hint={t("admin.fields.optionsTranslateHint")}
                id={fieldId("options")}
                name="options"
                error={errors.options}
                defaultValue={values.options}
                multiline
                lang={language}
                key={`o-${language}`}
              />
            </TranslationPair>
          ) : null}
          <button type="submit">{t("admin.questions.translateSubmit")}</button>
        </Form>
      )}
      <h2>{t("admin.questionEdit.removeHeading")}</h2>
      {view.answered ? (
        <p>{t("admin.questions.answered")}</p>
      ) : (
        <p>
          <Link to={`${base}/${view.id}/remove`}>{t("admin.questions.remove")}</Link>
        </p>
      )}
    </section>
  );
}
