import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { WideTable } from "~/components/wide-table";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireFacilitatorConsultation } from "~/http/require-facilitator-consultation.server";
import { notFound } from "~/http/responses.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { getSynthesisEditor } from "~/modules/summaries/get-synthesis-editor.server";
import { publishSynthesis } from "~/modules/summaries/publish-synthesis.server";
import { saveSynthesis } from "~/modules/summaries/save-synthesis.server";
import { pickedQuotes, synthesisPageForm } from "~/modules/summaries/synthesis-forms";
import { resolveSynthesisScope } from "~/modules/summaries/synthesis-scope.server";

export const handle = { i18n: "workspace" };
export const meta = titleMeta("workspace:synthesis.editorTitle");

async function facilitatorScope(request: Request, params: LoaderFunctionArgs["params"]) {
  const slug = params.slug ?? "";
  const gate = await requireFacilitatorConsultation(request, slug);
  const language = await detectLanguage(request);
  // An unknown theme, or a principle not of this theme in the consultation's draft: no such page.
  const scope = await resolveSynthesisScope(gate.consultationId, params.theme ?? "", params.number, language);
  if (!scope) notFound();
  const here = `/facilitate/${slug}/synthesis/${scope.theme}${scope.principle ? `/${scope.principle.number}` : ""}`;
  return { ...gate, slug, scope, here, language, organisationId: gate.organisationIds[0] ?? null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, consultationId, slug, scope, organisationId, language } = await facilitatorScope(request, params);
  const editor = await getSynthesisEditor({ consultationId, scope, actorId: actor.staffUserId, organisationId });
  return { slug, scope, editor, language };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, consultationId, scope, here, organisationId } = await facilitatorScope(request, params);
  const form = await parseForm(request, synthesisPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const common = { consultationId, scope, actorId: actor.staffUserId, organisationId };
  switch (form.data.intent) {
    case "save": {
      const { said, change, emerging } = form.data;
      const saved = await saveSynthesis({ ...common, baseVersion: form.data.version, sections: { said, change, emerging }, quoteIds: pickedQuotes(form.values) });
      if (saved.kind === "conflict") {
        return formFailure({ errors: {}, values: form.values, formError: "workspace:synthesis.errors.conflict" }, 409);
      }
      if (saved.kind === "refused") return refusedForm(saved, form.values);
      return redirectWithNotice(here, { key: "workspace:synthesis.notices.saved", values: { version: String(saved.version) } });
    }
    case "publish": {
      const published = await publishSynthesis({ ...common, version: form.data.version });
      if (published.kind === "notFound") return formFailure({ errors: {}, values: form.values, formError: "workspace:synthesis.errors.noSuchVersion" }, 404);
      return redirectWithNotice(here, { key: "workspace:synthesis.notices.published", values: { version: String(published.version) } });
    }
  }
}

export default function SynthesisEditorPage() {
  const { slug, scope, editor, language } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("workspace");
  const { t: tCommon } = useTranslation();
  const theme = tCommon(themeLabelKeys[scope.theme]);
  const values = failure?.values.intent === "save" ? failure.values : undefined;
  const isPicked = (answerId: string) => (values ? `quote.${answerId}` in values : editor.picked.includes(answerId));
  const sections = [
    { name: "said", label: t("synthesis.fields.said"), hint: t("synthesis.fields.saidHint") },
    { name: "change", label: t("synthesis.fields.change"), hint: t("synthesis.fields.changeHint") },
    { name: "emerging", label: t("synthesis.fields.emerging"), hint: t("synthesis.fields.emergingHint") },
  ] as const;
  return (
    <section className="prose">
      <h1>
        {scope.principle
          ? t("synthesis.principleHeading", { number: scope.principle.number, title: scope.principle.title })
          : t("synthesis.themeHeading", { theme })}
      </h1>
      <p>
        <Link to={`/facilitate/${slug}/synthesis`}>{t("synthesis.backToOverview")}</Link>
      </p>
      <ErrorSummary
        failure={failure}
        fields={[...sections.map((section) => ({ name: section.name, label: section.label, id: fieldId(section.name) })), { name: "quotes", label: t("synthesis.quotesHeading") }]}
      />
      <p>
        {editor.latestVersion === 0
          ? t("synthesis.noVersionYet")
          : editor.inForce === null
            ? t("synthesis.latestUnpublished", { version: editor.latestVersion })
            : t("synthesis.inForce", { version: editor.inForce, latest: editor.latestVersion })}
      </p>
      <Form method="post">
        <input type="hidden" name="version" value={editor.latestVersion} />
        {sections.map((section) => (
          <Field
            key={section.name}
            id={fieldId(section.name)}
            label={section.label}
            hint={section.hint}
            name={section.name}
            multiline
            defaultValue={values?.[section.name] ?? editor.sections[section.name]}
            error={values ? failure?.errors[section.name] : undefined}
          />
        ))}
        <fieldset>
          <legend>{t("synthesis.quotesHeading")}</legend>
          <p className="field__hint">{t("synthesis.quotesHint")}</p>
          {failure?.errors.quotes ? <p className="field__error">{t(failure.errors.quotes)}</p> : null}
          {editor.candidates.length === 0 ? <p>{t("synthesis.noCandidates")}</p> : null}
          <ul className="card-list">
            {editor.candidates.map((candidate) => (
              <li key={candidate.answerId} className="card">
                <div className="field field--checkbox">
                  <input type="checkbox" id={`quote-${candidate.answerId}`} name={`quote.${candidate.answerId}`} defaultChecked={isPicked(candidate.answerId)} />
                  <label htmlFor={`quote-${candidate.answerId}`}>
                    <span lang={candidate.language} dir="auto" className="message-body">
                      {candidate.text}
                    </span>
                  </label>
                </div>
                <p className="field__hint">
                  {t("synthesis.quoteFacts", {
                    language: languageLabel(candidate.language, language),
                    month: candidate.month,
                    kind: candidate.kind === "in_person" ? t("synthesis.kinds.inPerson") : t("synthesis.kinds.online"),
                  })}
                </p>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" name="intent" value="save">
          {t("synthesis.save")}
        </button>
      </Form>
      {editor.latestVersion > 0 && !editor.latestPublished ? (
        <Form method="post">
          <p>{t("synthesis.publishHint", { version: editor.latestVersion })}</p>
          <input type="hidden" name="version" value={editor.latestVersion} />
          <button type="submit" name="intent" value="publish">
            {t("synthesis.publish")}
          </button>
        </Form>
      ) : null}

      <h2>{t("synthesis.historyHeading")}</h2>
      {editor.versions.length === 0 ? (
        <p>{t("synthesis.noVersionYet")}</p>
      ) : (
        <WideTable label={t("synthesis.historyHeading")}>
          <caption>{t("synthesis.historyHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("synthesis.columns.version")}</th>
              <th scope="col">{t("synthesis.columns.saved")}</th>
              <th scope="col">{t("synthesis.columns.quotes")}</th>
              <th scope="col">{t("synthesis.columns.published")}</th>
            </tr>
          </thead>
          <tbody>
            {editor.versions.map((version) => (
              <tr key={version.version}>
                <th scope="row">{t("synthesis.versionNumber", { version: version.version })}</th>
                <td>{version.author ? t("synthesis.savedBy", { day: version.savedOn, name: version.author }) : version.savedOn}</td>
                <td>{version.quotes}</td>
                <td>
                  {version.publishedOn ? (
                    <>
                      {version.publishedOn}
                      {editor.inForce === version.version ? ` · ${t("synthesis.inForceShort")}` : ""}
                    </>
                  ) : null}
                  {editor.inForce !== version.version ? (
                    <Form method="post">
                      <input type="hidden" name="version" value={version.version} />
                      <button type="submit" name="intent" value="publish">
                        {t("synthesis.publishVersion", { version: version.version })}
                      </button>
                    </Form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      )}
    </section>
  );
}
