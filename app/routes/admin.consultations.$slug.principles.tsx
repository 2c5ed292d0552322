import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { FormProblem } from "~/components/form-problem";
import { CheckboxField, SelectField } from "~/components/select-field";
import { newDraftDocumentForm, newVersionForm, principleForm, useDraftVersionForm } from "~/modules/consultations/consultation-forms";
import { getDraftEditorView } from "~/modules/consultations/drafts/get-draft-editor-view.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { removeDraftPrinciple } from "~/modules/consultations/drafts/remove-draft-principle.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { saveDraftPrinciple } from "~/modules/consultations/drafts/save-draft-principle.server";
import { startDraftDocument } from "~/modules/consultations/drafts/start-draft-document.server";
import { startDraftVersion } from "~/modules/consultations/drafts/start-draft-version.server";
import { themeLabelKeys, themes } from "~/modules/consultations/themes";
import { publishDraftVersion } from "~/modules/consultations/drafts/publish-draft-version.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:admin.principles.title");

const notices: Record<string, string> = {
  document: "consultations:admin.notices.documentStarted",
  version: "consultations:admin.notices.versionStarted",
  used: "consultations:admin.notices.versionUsed",
  principle: "consultations:admin.notices.principleSaved",
  removed: "consultations:admin.notices.principleRemoved",
};

const removePrincipleForm = z.object({ versionId: z.string().min(1), number: z.coerce.number().int().min(1) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const search = new URL(request.url).searchParams;
  const versionNumber = /^\d+$/.test(search.get("version") ?? "") ? Number(search.get("version")) : null;
  const view = await getDraftEditorView({
    consultationId: manager.consultationId,
    leadOrganisationId: manager.leadOrganisationId,
    versionNumber,
  });
  // "Edit" links prefill the form with one principle's text in one language.
  const editNumber = Number(search.get("edit") ?? "");
  const editLanguage = search.get("language") ?? "";
  const editing = view.document?.principlesByTheme
    .flatMap((group) => group.principles)
    .find((principle) => principle.number === editNumber);
  const editingText = editing?.translations.find((text) => text.language === editLanguage);
  return {
    slug: manager.slug,
    view,
    notice: notices[search.get("saved") ?? ""] ?? null,
    prefill: editing
      ? {
          number: String(editing.number),
          theme: editing.theme,
          describesViolence: editing.describesViolence ? "on" : "",
          language: editLanguage,
          title: editingText?.title ?? "",
          body: editingText?.body ?? "",
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const intent = (await request.clone().formData()).get("intent");
  const back = `/admin/consultations/${manager.slug}/principles`;
  switch (intent) {
    case "startDocument": {
      const form = await parseForm(request, newDraftDocumentForm);
      if (!form.ok) return formFailure(form.failure, form.status);
      const started = await startDraftDocument({
        consultationId: manager.consultationId,
        organisationId: manager.leadOrganisationId,
        documentSlug: form.data.documentSlug,
        documentTitle: form.data.documentTitle,
        actorId: manager.staffUserId,
      });
      if (!started.ok) return formFailure({ errors: { [started.field]: started.error }, values: form.values });
      return redirect(`${back}?saved=document`, { status: 303 });
    }
    case "useVersion": {
      const form = await parseForm(request, useDraftVersionForm);
      if (!form.ok) return formFailure(form.failure, form.status);
      const used = await publishDraftVersion({
        consultationId: manager.consultationId,
        versionId: form.data.versionId,
        leadOrganisationId: manager.leadOrganisationId,
        actorId: manager.staffUserId,
      });
      if (!used.ok) return formFailure({ errors: { versionId: used.error }, values: form.values });
      return redirect(`${back}?saved=used`, { status: 303 });
    }
    case "newVersion": {
      const form = await parseForm(request, newVersionForm);
      if (!form.ok) return formFailure(form.failure, form.status);
      const started = await startDraftVersion({
        fromVersionId: form.data.fromVersionId,
        organisationId: manager.leadOrganisationId,
        actorId: manager.staffUserId,
      });
      if (!started.ok) return formFailure({ errors: {}, values: form.values, formError: started.error });
      return redirect(`${back}?version=${started.number}&saved=version`, { status: 303 });
    }
    case "removePrinciple": {
      const form = await parseForm(request, removePrincipleForm);
      if (!form.ok) return formFailure(form.failure, form.status);
      const removed = await removeDraftPrinciple({ ...form.data, organisationId: manager.leadOrganisationId, actorId: manager.staffUserId });
      if (!removed.ok) return formFailure({ errors: {}, values: form.values, formError: removed.error });
      return redirect(`${back}?version=${form.values.versionNumber ?? ""}&saved=removed`, { status: 303 });
    }
    default: {
      const form = await parseForm(request, principleForm);
      if (!form.ok) return formFailure(form.failure, form.status);
      const saved = await saveDraftPrinciple({ ...form.data, organisationId: manager.leadOrganisationId, actorId: manager.staffUserId });
      if (!saved.ok) {
        return saved.field === "form"
          ? formFailure({ errors: {}, values: form.values, formError: saved.error })
          : formFailure({ errors: { [saved.field]: saved.error }, values: form.values });
      }
      return redirect(`${back}?version=${form.values.versionNumber ?? ""}&saved=principle`, { status: 303 });
    }
  }
}

export default function DraftPrinciplesPage() {
  const { slug, view, notice, prefill } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  const intent = failure?.values.intent;
  const document = view.document;
  const principleValues = intent === "principle" ? failure?.values : (prefill ?? undefined);
  const principleErrors = intent === "principle" ? (failure?.errors ?? {}) : {};
  const usableVersions = view.usableDocuments.flatMap((candidate) =>
    candidate.versions.map((version) => ({ ...version, title: candidate.title, slug: candidate.slug })),
  );
  return (
    <section className="prose">
      <h1>{t("admin.principles.title")}</h1>
      <ConsultationAdminNav slug={slug} />
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <FormProblem messageKey={failure?.formError} />

      {document ? (
        <>
          <p>{t("admin.principles.document", { title: document.title, slug: document.slug })}</p>
          <p>{t("admin.principles.inUse", { version: document.currentVersion.number })}</p>
          <h2>{t("admin.principles.versionsHeading")}</h2>
          <ul>
            {document.versions.map((version) => (
              <li key={version.id}>
                <Link to={`?version=${version.number}`} aria-current={version.id === document.selected.id ? "page" : undefined}>
                  {t("admin.principles.versionLabel", { version: version.number, principles: version.principles })}
                </Link>
                {version.isCurrent ? ` ${t("admin.principles.usedHere")}` : null}
                {!version.isCurrent ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="useVersion" />
                    <input type="hidden" name="versionId" value={version.id} />
                    <button type="submit">{t("admin.principles.useVersion", { version: version.number })}</button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>

          <h2>{t("admin.principles.versionHeading", { version: document.selected.number })}</h2>
          {document.selected.frozen ? <p>{t("admin.principles.frozen")}</p> : null}
          {!document.ownedByLead ? <p>{t("admin.principles.notOwned")}</p> : null}
          {document.ownedByLead ? (
            <Form method="post">
              <input type="hidden" name="intent" value="newVersion" />
              <input type="hidden" name="fromVersionId" value={document.selected.id} />
              <button type="submit">{t("admin.principles.newVersion", { version: document.selected.number })}</button>
            </Form>
          ) : null}
          {document.principleCount === 0 ? <p>{t("admin.principles.none")}</p> : null}
          {document.principlesByTheme
            .filter((group) => group.principles.length > 0)
            .map((group) => (
              <section key={group.theme} aria-labelledby={`admin-theme-${group.theme}`}>
                <h3 id={`admin-theme-${group.theme}`}>{tCommon(themeLabelKeys[group.theme])}</h3>
                {group.principles.map((principle) => (
                  <article key={principle.number} className="card">
                    <h4>{t("admin.principles.principleNumber", { number: principle.number })}</h4>
                    {principle.describesViolence ? <p>{t("admin.principles.hasContentNote")}</p> : null}
                    {principle.missing.length > 0 ? (
                      <p className="field__error">
                        {t("admin.principles.missing", { languages: principle.missing.map((code) => languageLabel(code, i18n.language)).join(", ") })}
                      </p>
                    ) : null}
                    <dl>
                      {principle.translations.map((text) => (
                        <div key={text.language}>
                          <dt>{languageLabel(text.language, i18n.language)}</dt>
                          <dd lang={text.language}>
                            <strong>{text.title}</strong>
                            {text.body ? <p>{text.body}</p> : null}
                          </dd>
                        </div>
                      ))}
                    </dl>
                    {document.selected.editable ? (
                      <>
                        <ul className="link-list">
                          {view.languages.map((code) => (
                            <li key={code}>
                              <Link to={`?version=${document.selected.number}&edit=${principle.number}&language=${code}#principle-form`}>
                                {t("admin.principles.editIn", { number: principle.number, language: languageLabel(code, i18n.language) })}
                              </Link>
                            </li>
                          ))}
                        </ul>
                        <Form method="post">
                          <input type="hidden" name="intent" value="removePrinciple" />
                          <input type="hidden" name="versionId" value={document.selected.id} />
                          <input type="hidden" name="versionNumber" value={document.selected.number} />
                          <input type="hidden" name="number" value={principle.number} />
                          <button type="submit">{t("admin.principles.remove", { number: principle.number })}</button>
                        </Form>
                      </>
                    ) : null}
                  </article>
                ))}
              </section>
            ))}

          {document.selected.editable ? (
            <section id="principle-form" aria-labelledby="principle-form-heading">
              <h2 id="principle-form-heading">{t("admin.principles.formHeading", { version: document.selected.number })}</h2>
              <p>{t("admin.principles.formIntro")}</p>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="principle" />
                <input type="hidden" name="versionId" value={document.selected.id} />
                <input type="hidden" name="versionNumber" value={document.selected.number} />
                <Field
                  label={t("admin.fields.principleNumber")}
                  name="number"
                  type="number"
                  min={1}
                  max={999}
                  error={principleErrors.number}
                  defaultValue={principleValues?.number}
                  required
                  key={`number-${principleValues?.number ?? ""}`}
                />
                <SelectField
                  label={t("admin.fields.theme")}
                  name="theme"
                  error={principleErrors.theme}
                  defaultValue={principleValues?.theme}
                  key={`theme-${principleValues?.theme ?? ""}`}
                >
                  {themes.map((theme) => (
                    <option key={theme} value={theme}>
                      {tCommon(themeLabelKeys[theme])}
                    </option>
                  ))}
                </SelectField>
                <CheckboxField
                  label={t("admin.fields.describesViolence")}
                  name="describesViolence"
                  defaultChecked={principleValues?.describesViolence === "on"}
                  key={`violence-${principleValues?.describesViolence ?? ""}`}
                />
                <SelectField
                  label={t("admin.fields.language")}
                  name="language"
                  error={principleErrors.language}
                  defaultValue={principleValues?.language}
                  key={`language-${principleValues?.language ?? ""}`}
                >
                  <LanguageOptions languages={view.languages} />
                </SelectField>
                <Field
                  label={t("admin.fields.principleTitle")}
                  name="title"
                  error={principleErrors.title}
                  defaultValue={principleValues?.title}
                  required
                  key={`title-${principleValues?.number ?? ""}-${principleValues?.language ?? ""}`}
                />
                <Field
                  label={t("admin.fields.principleBody")}
                  name="body"
                  error={principleErrors.body}
                  defaultValue={principleValues?.body}
                  multiline
                  key={`body-${principleValues?.number ?? ""}-${principleValues?.language ?? ""}`}
                />
                <button type="submit">{t("admin.principles.submit")}</button>
              </Form>
            </section>
          ) : null}
        </>
      ) : (
        <>
          <p>{t("admin.principles.noDocument")}</p>
          <h2>{t("admin.principles.startHeading")}</h2>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="startDocument" />
            <Field
              label={t("admin.fields.documentSlug")}
              hint={t("admin.fields.documentSlugHint")}
              name="documentSlug"
              error={intent === "startDocument" ? failure?.errors.documentSlug : undefined}
              defaultValue={intent === "startDocument" ? failure?.values.documentSlug : undefined}
              spellCheck={false}
              required
            />
            <Field
              label={t("admin.fields.documentTitle")}
              name="documentTitle"
              error={intent === "startDocument" ? failure?.errors.documentTitle : undefined}
              defaultValue={intent === "startDocument" ? failure?.values.documentTitle : undefined}
              required
            />
            <button type="submit">{t("admin.principles.startSubmit")}</button>
          </Form>
        </>
      )}

      {usableVersions.length > 0 ? (
        <>
          <h2>{t("admin.principles.useHeading")}</h2>
          <p>{t("admin.principles.useIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="useVersion" />
            <SelectField
              label={t("admin.fields.draftVersion")}
              name="versionId"
              error={intent === "useVersion" ? failure?.errors.versionId : undefined}
            >
              {usableVersions.map((version) => (
                <option key={version.id} value={version.id}>
                  {t("admin.principles.versionOption", { title: version.title, version: version.number, principles: version.principles })}
                </option>
              ))}
            </SelectField>
            <button type="submit">{t("admin.principles.useSubmit")}</button>
          </Form>
        </>
      ) : null}
      <p>{t("admin.principles.importHint")}</p>
    </section>
  );
}
