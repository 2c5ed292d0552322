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
import { addEmergingTheme } from "~/modules/codebook/add-emerging-theme.server";
import { codebookPageForm } from "~/modules/codebook/codebook-forms";
import { getCodebook } from "~/modules/codebook/get-codebook.server";
import { removeEmergingTheme } from "~/modules/codebook/remove-emerging-theme.server";
import { renameEmergingTheme } from "~/modules/codebook/rename-emerging-theme.server";
import { themeLabelKeys } from "~/modules/consultations/themes";

export const handle = { i18n: "workspace" };
export const meta = titleMeta("workspace:codebook.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { consultationId } = await requireFacilitatorConsultation(request, params.slug ?? "");
  return { slug: params.slug ?? "", codebook: await getCodebook(consultationId, await detectLanguage(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const slug = params.slug ?? "";
  const { actor, consultationId, organisationIds } = await requireFacilitatorConsultation(request, slug);
  const form = await parseForm(request, codebookPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const common = { consultationId, organisationId: organisationIds[0] ?? null, actorId: actor.staffUserId };
  const here = `/facilitate/${slug}/codebook`;
  switch (form.data.intent) {
    case "add": {
      const added = await addEmergingTheme({ ...common, name: form.data.name, description: form.data.description });
      if (!added.ok) return refusedForm(added, form.values);
      return redirectWithNotice(here, "workspace:codebook.notices.added");
    }
    case "rename": {
      const renamed = await renameEmergingTheme({ ...common, themeId: form.data.themeId, name: form.data.name, description: form.data.description });
      if (!renamed.ok) return refusedForm(renamed, form.values);
      return redirectWithNotice(here, "workspace:codebook.notices.renamed");
    }
    case "remove": {
      const removed = await removeEmergingTheme({ ...common, themeId: form.data.themeId });
      if (!removed.ok) return refusedForm(removed, form.values, 404);
      return redirectWithNotice(here, "workspace:codebook.notices.removed");
    }
  }
}

export default function CodebookPage() {
  const { slug, codebook } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>()?.failure;
  const { t } = useTranslation("workspace");
  const { t: tCommon } = useTranslation();
  const addValues = failure?.values.intent === "add" ? failure.values : undefined;
  const renameValues = failure?.values.intent === "rename" ? failure.values : undefined;
  return (
    <section className="prose">
      <h1>{t("codebook.title")}</h1>
      <p>
        <Link to={`/facilitate/${slug}`}>{t("codebook.backToQueue")}</Link>
      </p>
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "name", label: t("codebook.fields.name"), id: fieldId(addValues ? "name" : `name-${renameValues?.themeId ?? ""}`) },
          { name: "description", label: t("codebook.fields.description") },
        ]}
      />
      <p>{t("codebook.intro")}</p>
      <p>
        <a href={`/facilitate/${slug}/codebook.csv`} download>
          {t("codebook.downloadCsv")}
        </a>
        {" · "}
        <a href={`/facilitate/${slug}/codebook.qdc`} download>
          {t("codebook.downloadQdc")}
        </a>
      </p>

      <h2>{t("codebook.themesHeading")}</h2>
      <WideTable label={t("codebook.themesHeading")}>
        <caption>{t("codebook.themesHeading")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("codebook.columns.theme")}</th>
            <th scope="col">{t("codebook.columns.answers")}</th>
          </tr>
        </thead>
        <tbody>
          {codebook.themes.map((entry) => (
            <tr key={entry.theme}>
              <th scope="row">{tCommon(themeLabelKeys[entry.theme])}</th>
              <td>{entry.answers}</td>
            </tr>
          ))}
        </tbody>
      </WideTable>

      <h2>{t("codebook.principlesHeading")}</h2>
      {codebook.principles.length === 0 ? (
        <p>{t("codebook.noPrinciples")}</p>
      ) : (
        <WideTable label={t("codebook.principlesHeading")}>
          <caption>{t("codebook.principlesHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("codebook.columns.principle")}</th>
              <th scope="col">{t("codebook.columns.answers")}</th>
            </tr>
          </thead>
          <tbody>
            {codebook.principles.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{t("codebook.export.principle", { number: entry.number, title: entry.title })}</th>
                <td>{entry.answers}</td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      )}

      <h2>{t("codebook.emergingHeading")}</h2>
      <p>{t("codebook.emergingIntro")}</p>
      {codebook.emerging.length === 0 ? <p>{t("codebook.noEmerging")}</p> : null}
      {codebook.emerging.map((entry) => {
        const mine = renameValues?.themeId === entry.id ? renameValues : undefined;
        return (
          <section key={entry.id} aria-labelledby={`theme-${entry.id}`}>
            <h3 id={`theme-${entry.id}`}>{entry.name}</h3>
            <p>{t("codebook.answersTagged", { total: entry.answers })}</p>
            <Form method="post">
              <input type="hidden" name="themeId" value={entry.id} />
              <Field
                id={fieldId(`name-${entry.id}`)}
                label={t("codebook.fields.renameTheme", { name: entry.name })}
                name="name"
                defaultValue={mine?.name ?? entry.name}
                error={mine ? failure?.errors.name : undefined}
                required
              />
              <Field
                label={t("codebook.fields.describeTheme", { name: entry.name })}
                name="description"
                multiline
                defaultValue={mine?.description ?? entry.description}
                error={mine ? failure?.errors.description : undefined}
              />
              <button type="submit" name="intent" value="rename">
                {t("codebook.rename", { name: entry.name })}
              </button>
            </Form>
            <Form method="post">
              <input type="hidden" name="themeId" value={entry.id} />
              <button type="submit" name="intent" value="remove">
                {t("codebook.remove", { name: entry.name })}
              </button>
            </Form>
          </section>
        );
      })}

      <h2>{t("codebook.addHeading")}</h2>
      <Form method="post">
        <Field
          id={fieldId("name")}
          label={t("codebook.fields.name")}
          name="name"
          defaultValue={addValues?.name ?? ""}
          error={addValues ? failure?.errors.name : undefined}
          required
        />
        <Field
          label={t("codebook.fields.description")}
          hint={t("codebook.fields.descriptionHint")}
          name="description"
          multiline
          defaultValue={addValues?.description ?? ""}
          error={addValues ? failure?.errors.description : undefined}
        />
        <button type="submit" name="intent" value="add">
          {t("codebook.add")}
        </button>
      </Form>
    </section>
  );
}
