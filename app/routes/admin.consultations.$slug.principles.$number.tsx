import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "~/components/checkbox-field";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { ThemeSelectField } from "~/components/theme-select-field";
import { sourceTextsFor, TranslationPair } from "~/components/translation-pair";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { invariantResponse } from "~/http/responses.server";
import { principleEditForm } from "~/modules/consultations/consultation-forms";
import { getPrincipleEditView } from "~/modules/consultations/drafts/get-principle-edit-view.server";
import { saveDraftPrinciple } from "~/modules/consultations/drafts/save-draft-principle.server";
import { languageLabel } from "~/modules/consultations/language-names";

export const meta = titleMeta("consultations:admin.principleEdit.title");

function principleNumber(value: string | undefined): number {
  const number = /^\d{1,3}$/.test(value ?? "") ? Number(value) : Number.NaN;
  invariantResponse(number >= 1, 404);
  return number;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const search = new URL(request.url).searchParams;
  const version = search.get("version") ?? "";
  const view = await getPrincipleEditView({
    consultationId: manager.consultationId,
    leadOrganisationId: manager.leadOrganisationId,
    number: principleNumber(params.number),
    versionNumber: /^\d{1,6}$/.test(version) ? Number(version) : null,
  });
  invariantResponse(view, 404);
  const asked = search.get("language") ?? "";
  const language = view.languages.includes(asked) ? asked : (view.sourceLanguage ?? view.languages[0] ?? "en");
  return { slug: manager.slug, view, language };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const number = principleNumber(params.number);
  const form = await parseForm(request, principleEditForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const saved = await saveDraftPrinciple({ ...form.data, number, organisationId: manager.leadOrganisationId, actorId: manager.staffUserId });
  if (!saved.ok) return refusedForm(saved, form.values);
  const version = encodeURIComponent(form.values.versionNumber ?? "");
  return redirectWithNotice(
    `/admin/consultations/${manager.slug}/principles/${number}?version=${version}&language=${encodeURIComponent(form.data.language)}`,
    "consultations:admin.notices.principleSaved",
  );
}

export default function PrincipleEditPage() {
  const { slug, view, language } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const text = view.texts.find((candidate) => candidate.language === language)!;
  const { source, pair: sourceOf } = sourceTextsFor(view, language);
  const values = failure?.values ?? {
    title: text.title,
    body: text.body,
    theme: view.theme,
    describesViolence: view.describesViolence ? "on" : "",
  };
  const errors = failure?.errors ?? {};
  const base = `/admin/consultations/${slug}/principles`;
  const here = `${base}/${view.number}?version=${view.versionNumber}`;
  return (
    <section className="prose">
      <h1>{t("admin.principleEdit.heading", { number: view.number, version: view.versionNumber })}</h1>
      <ConsultationAdminNav slug={slug} />
      <p>
        <Link to={`${base}?version=${view.versionNumber}`}>{t("admin.principleEdit.back")}</Link>
      </p>
      {view.frozen ? <p>{t("admin.principles.frozen")}</p> : null}
      <nav aria-label={t("admin.questionEdit.languagesLabel")}>
        <ul className="link-list">
          {view.texts.map((candidate) => (
            <li key={candidate.language}>
              <Link to={`${here}&language=${candidate.language}`} aria-current={candidate.language === language ? "page" : undefined}>
                {t(candidate.exists ? "admin.questionEdit.editIn" : "admin.questionEdit.translateInto", {
                  language: languageLabel(candidate.language, i18n.language),
                })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{languageLabel(language, i18n.language)}</h2>
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "theme", label: t("admin.fields.theme") },
          { name: "title", label: t("admin.fields.principleTitle") },
          { name: "body", label: t("admin.fields.principleBody") },
        ]}
      />
      {view.editable ? (
        <Form method="post" noValidate>
          <input type="hidden" name="versionId" value={view.versionId} />
          <input type="hidden" name="versionNumber" value={view.versionNumber} />
          <input type="hidden" name="language" value={language} />
          <ThemeSelectField error={errors.theme} defaultValue={values.theme} />
          <CheckboxField label={t("admin.fields.describesViolence")} name="describesViolence" defaultChecked={values.describesViolence === "on"} />
          <TranslationPair source={sourceOf(source?.title ?? "")}>
            <Field label={t("admin.fields.principleTitle")} id={fieldId("title")} name="title" error={errors.title} defaultValue={values.title} required key={`t-${language}`} />
          </TranslationPair>
          <TranslationPair source={sourceOf(source?.body ?? "")}>
            <Field label={t("admin.fields.principleBody")} id={fieldId("body")} name="body" error={errors.body} defaultValue={values.body} multiline key={`b-${language}`} />
          </TranslationPair>
          <button type="submit">{t("admin.principles.submit")}</button>
        </Form>
      ) : (
        <div lang={language}>
          <p>
            <strong>{text.title}</strong>
          </p>
          {text.body ? <p>{text.body}</p> : null}
        </div>
      )}
      {view.editable ? (
        <>
          <h2>{t("admin.principleEdit.removeHeading")}</h2>
          <p>
            <Link to={`${base}/${view.number}/remove?version=${view.versionNumber}`}>{t("admin.principles.remove", { number: view.number })}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
