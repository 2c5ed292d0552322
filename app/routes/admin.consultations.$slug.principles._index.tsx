import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField } from "~/components/checkbox-field";
import { ConsultationAdminNav } from "~/components/consultation-admin-nav";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { LanguageOptions } from "~/components/language-options";
import { SelectField } from "~/components/select-field";
import { ThemeSelectField } from "~/components/theme-select-field";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireConsultationManager } from "~/http/require-consultation-manager.server";
import { principlesPageForm } from "~/modules/consultations/consultation-forms";
import { getDraftEditorView } from "~/modules/consultations/drafts/get-draft-editor-view.server";
import { publishDraftVersion } from "~/modules/consultations/drafts/publish-draft-version.server";
import { saveDraftPrinciple } from "~/modules/consultations/drafts/save-draft-principle.server";
import { startDraftDocument } from "~/modules/consultations/drafts/start-draft-document.server";
import { startDraftVersion } from "~/modules/consultations/drafts/start-draft-version.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { themeLabelKeys } from "~/modules/consultations/themes";

export const meta = titleMeta("consultations:admin.principles.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const asked = new URL(request.url).searchParams.get("version") ?? "";
  const view = await getDraftEditorView({
    consultationId: manager.consultationId,
    leadOrganisationId: manager.leadOrganisationId,
    versionNumber: /^\d{1,6}$/.test(asked) ? Number(asked) : null,
  });
  return { slug: manager.slug, view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireConsultationManager(request, params.slug ?? "");
  const back = `/admin/consultations/${manager.slug}/principles`;
  const form = await parseForm(request, principlesPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const actorId = manager.staffUserId;
  switch (form.data.intent) {
    case "startDocument": {
      const started = await startDraftDocument({
        consultationId: manager.consultationId,
        organisationId: manager.leadOrganisationId,
        documentSlug: form.data.documentSlug,
        documentTitle: form.data.documentTitle,
        actorId,
      });
      if (!started.ok) return refusedForm(started, form.values);
      return redirectWithNotice(back, "consultations:admin.notices.documentStarted");
    }
    case "useVersion": {
      // While the consultation is open the use case asks for the confirmation page (principles/use) instead.
      const used = await publishDraftVersion({
        consultationId: manager.consultationId,
        versionId: form.data.versionId,
        leadOrganisationId: manager.leadOrganisationId,
        actorId,
      });
      if (!used.ok) return refusedForm({ field: "versionId", error: used.error }, form.values);
      return redirectWithNotice(back, "consultations:admin.notices.versionUsed");
    }
    case "newVersion": {
      const started = await startDraftVersion({ fromVersionId: form.data.fromVersionId, organisationId: manager.leadOrganisationId, actorId });
      if (!started.ok) return refusedForm(started, form.values);
      return redirectWithNotice(`${back}?version=${started.number}`, "consultations:admin.notices.versionStarted");
    }
    case "principle": {
      const { intent: _intent, ...principle } = form.data;
      const saved = await saveDraftPrinciple({ ...principle, organisationId: manager.leadOrganisationId, actorId });
      if (!saved.ok) return refusedForm(saved, form.values);
      // Back to the list, ready for the next principle; each one is changed later on its own page.
      return redirectWithNotice(`${back}?version=${encodeURIComponent(form.values.versionNumber ?? "")}`, "consultations:admin.notices.principleSaved");
    }
  }
}

export default function DraftPrinciplesPage() {
  const { slug, view } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t, i18n } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  const intent = failure?.values.intent;
  const document = view.document;
  const principleValues = intent === "principle" ? failure?.values : undefined;
  const principleErrors = intent === "principle" ? (failure?.errors ?? {}) : {};
  const usableVersions = view.usableDocuments.flatMap((candidate) =>
    candidate.versions.map((version) => ({ ...version, title: candidate.title, slug: candidate.slug })),
  );
  const base = `/admin/consultations/${slug}/principles`;
  // Participants read the version in use now: switching it while open goes through a confirmation page.
  const switchNeedsConfirmation = view.status === "open";
  return (
    <section className="prose">
      <h1>{t("admin.principles.title")}</h1>
      <ConsultationAdminNav slug={slug} />
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "documentSlug", label: t("admin.fields.documentSlug") },
          { name: "documentTitle", label: t("admin.fields.documentTitle") },
          { name: "versionId", label: t("admin.fields.draftVersion") },
          { name: "number", label: t("admin.fields.principleNumber") },
          { name: "theme", label: t("admin.fields.theme") },
          { name: "language", label: t("admin.fields.language") },
          { name: "title", label: t("admin.fields.principleTitle") },
          { name: "body", label: t("admin.fields.principleBody") },
        ]}
      />

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
                  <Form method={switchNeedsConfirmation ? "get" : "post"} action={switchNeedsConfirmation ? `${base}/use` : undefined}>
                    {switchNeedsConfirmation ? null : <input type="hidden" name="intent" value="useVersion" />}
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
          {document.selected.editable ? (
            <p>
              <a href="#principle-form">{t("admin.principles.formHeading", { version: document.selected.number })}</a>
            </p>
          ) : null}
          {document.principleCount === 0 ? <p>{t("admin.principles.none")}</p> : null}
          {document.principlesByTheme
            .filter((group) => group.principles.length > 0)
            .map((group) => (
              <section key={group.theme} aria-labelledby={`admin-theme-${group.theme}`}>
                <h3 id={`admin-theme-${group.theme}`}>{tCommon(themeLabelKeys[group.theme])}</h3>
                <ul className="card-list">
                  {group.principles.map((principle) => {
                    const first = principle.translations[0];
                    const page = `${base}/${principle.number}?version=${document.selected.number}`;
                    return (
                      <li key={principle.number} className="card">
                        <p>
                          <Link to={page}>{t("admin.principles.principleNumber", { number: principle.number })}</Link>
                          {first ? (
                            <>
                              {": "}
                              <span lang={first.language}>{first.title}</span>
                            </>
                          ) : null}
                        </p>
                        {principle.describesViolence ? <p>{t("admin.principles.hasContentNote")}</p> : null}
                        {principle.missing.length > 0 ? (
                          <p className="field__error">
                            {t("admin.principles.missing", { languages: principle.missing.map((code) => languageLabel(code, i18n.language)).join(", ") })}
                          </p>
                        ) : null}
                        {document.selected.editable ? (
                          <ul className="link-list">
                            {view.languages.map((code) => (
                              <li key={code}>
                                <Link to={`${page}&language=${code}`}>
                                  {t("admin.principles.editIn", { number: principle.number, language: languageLabel(code, i18n.language) })}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
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
                  id={fieldId("number")}
                  name="number"
                  type="number"
                  min={1}
                  max={999}
                  error={principleErrors.number}
                  defaultValue={principleValues?.number}
                  required
                />
                <ThemeSelectField error={principleErrors.theme} defaultValue={principleValues?.theme} />
                <CheckboxField
                  label={t("admin.fields.describesViolence")}
                  name="describesViolence"
                  defaultChecked={principleValues?.describesViolence === "on"}
                />
                <SelectField label={t("admin.fields.language")} name="language" error={principleErrors.language} defaultValue={principleValues?.language}>
                  <LanguageOptions languages={view.languages} />
                </SelectField>
                <Field label={t("admin.fields.principleTitle")} id={fieldId("title")} name="title" error={principleErrors.title} defaultValue={principleValues?.title} required />
                <Field label={t("admin.fields.principleBody")} id={fieldId("body")} name="body" error={principleErrors.body} defaultValue={principleValues?.body} multiline />
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
              id={fieldId("documentSlug")}
              name="documentSlug"
              error={intent === "startDocument" ? failure?.errors.documentSlug : undefined}
              defaultValue={intent === "startDocument" ? failure?.values.documentSlug : undefined}
              spellCheck={false}
              required
            />
            <Field
              label={t("admin.fields.documentTitle")}
              id={fieldId("documentTitle")}
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
          <Form method={switchNeedsConfirmation ? "get" : "post"} action={switchNeedsConfirmation ? `${base}/use` : undefined}>
            {switchNeedsConfirmation ? null : <input type="hidden" name="intent" value="useVersion" />}
            <SelectField label={t("admin.fields.draftVersion")} name="versionId" error={intent === "useVersion" ? failure?.errors.versionId : undefined}>
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
