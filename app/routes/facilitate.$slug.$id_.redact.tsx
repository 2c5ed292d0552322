import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { SelectField } from "~/components/select-field";
import { formFailure, parseForm, refusedForm, type FormFailure } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireFacilitatorItem } from "~/http/require-facilitator-item.server";
import { addKnownTerm } from "~/modules/redaction/add-known-term.server";
import { applyRedactions, redactionKinds } from "~/modules/redaction/apply-redactions";
import { redactionKindKeys, suggestionSourceKeys } from "~/modules/redaction/redaction-labels";
import type { RedactionKind } from "~/generated/prisma/enums";
import { getRedactionPage, type SpanView } from "~/modules/redaction/get-redaction-page.server";
import { readRedactionChoices, redactionPageForm } from "~/modules/redaction/redaction-forms";
import { addFieldName, rememberFieldName, spanFieldName } from "~/modules/redaction/redaction-field-names";
import { saveRedactions, type ConflictAnswer } from "~/modules/redaction/save-redactions.server";

export const handle = { i18n: "workspace" };
export const meta = titleMeta("workspace:redaction.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, item, organisationIds } = await requireFacilitatorItem(request, params);
  const page = await getRedactionPage({
    submissionId: item.submissionId,
    consultationId: item.consultationId,
    actorId: actor.staffUserId,
    organisationId: organisationIds[0] ?? null,
    viewerLanguage: await detectLanguage(request),
  });
  // "Accept all suggestions" without JavaScript: the same page with every suggestion ticked, nothing saved yet.
  const acceptAll = new URL(request.url).searchParams.get("accept") === "all";
  return { slug: params.slug ?? "", id: item.submissionId, page, acceptAll };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, item, organisationIds } = await requireFacilitatorItem(request, params);
  const form = await parseForm(request, redactionPageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const here = `/facilitate/${params.slug ?? ""}/${item.submissionId}/redact`;
  const common = { consultationId: item.consultationId, organisationId: organisationIds[0] ?? null, actorId: actor.staffUserId };
  switch (form.data.intent) {
    case "save": {
      const saved = await saveRedactions({
        ...common,
        submissionId: item.submissionId,
        version: form.data.version,
        ...readRedactionChoices(form.values),
      });
      switch (saved.kind) {
        case "saved":
          return redirectWithNotice(here, "workspace:redaction.notices.saved");
        case "withdrawn":
          return refusedForm({ error: "workspace:redaction.errors.withdrawn" }, form.values, 409);
        case "conflict": {
          const failure: FormFailure = { errors: {}, values: form.values, formError: "workspace:redaction.errors.conflict" };
          return data({ failure, conflict: saved.answers }, { status: 409 });
        }
        case "refused":
          // A message for the whole form may name the words (two overlapping spans): its values ride along.
          if (!saved.field && saved.errorValues) {
            return formFailure({ errors: {}, values: form.values, formError: saved.error, errorValues: { form: saved.errorValues } });
          }
          return refusedForm(saved, form.values);
      }
      break;
    }
    case "addKnownName":
    case "addKnownPlace": {
      const kind = form.data.intent === "addKnownName" ? "name" : "place";
      const added = await addKnownTerm({ ...common, submissionId: item.submissionId, kind, term: form.data.term });
      if (!added.ok) return refusedForm(added, form.values);
      return redirectWithNotice(here, kind === "name" ? "workspace:redaction.notices.nameAdded" : "workspace:redaction.notices.placeAdded");
    }
  }
}

type ActionData = { failure: FormFailure; conflict?: ConflictAnswer[] };

export default function RedactPage() {
  const { slug, id, page, acceptAll } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const failure = actionData?.failure;
  const { t } = useTranslation("workspace");
  const kindLabel = (kind: RedactionKind) => t(redactionKindKeys[kind]);
  const saveValues = failure?.values.intent === "save" ? failure.values : undefined;
  const termValues = failure?.values.intent?.startsWith("addKnown") ? failure.values : undefined;
  const back = `/facilitate/${slug}/${id}`;

  if (page.kind === "withdrawn") {
    return (
      <section className="prose">
        <h1>{t("redaction.title")}</h1>
        {/* A save sent from a page opened before the withdrawal says why nothing was saved. */}
        <ErrorSummary failure={failure} />
        <p role="status">{t("redaction.withdrawn")}</p>
        <p>
          <Link to={`/facilitate/${slug}`}>{t("redaction.backToQueue")}</Link>
        </p>
      </section>
    );
  }

  const fields = page.answers.flatMap((answer, index) => [
    { name: addFieldName(answer.answerId, "words"), label: t("redaction.fields.words", { number: index + 1 }), id: fieldId(addFieldName(answer.answerId, "words")) },
    {
      name: addFieldName(answer.answerId, "occurrence"),
      label: t("redaction.fields.occurrence", { number: index + 1 }),
      id: fieldId(addFieldName(answer.answerId, "occurrence")),
    },
  ]);

  return (
    <section className="prose">
      <h1>{t("redaction.title")}</h1>
      <p>
        <Link to={back}>{t("redaction.backToItem")}</Link>
      </p>
      <ErrorSummary
        failure={failure}
        fields={[...fields, { name: "term", label: t("redaction.fields.term"), id: fieldId("term") }]}
        formErrorValues={failure?.errorValues?.form}
      />
      {actionData?.conflict ? <ConflictDetails answers={actionData.conflict} /> : null}
      <p>{t("redaction.intro")}</p>
      {page.unreadable > 0 ? <p>{t("redaction.unreadable", { total: page.unreadable })}</p> : null}

      {page.answers.length === 0 ? (
        <p>{t("redaction.noText")}</p>
      ) : (
        <>
          {page.answers.some((answer) => answer.suggestions.length > 0) ? (
            <Form method="get">
              <input type="hidden" name="accept" value="all" />
              <button type="submit">{t("redaction.acceptAll")}</button>
            </Form>
          ) : null}
          {/* Keyed so the boxes start again from what the server says when "Accept all" or a save
              changes it: with JavaScript, Remix re-renders in place, and a checkbox's default
              is read only when it is first created. */}
          <Form method="post" key={`${acceptAll ? "all" : "saved"}-${page.version}`}>
            <input type="hidden" name="version" value={page.version} />
            {page.answers.map((answer, index) => {
              const ticked = (name: string, byDefault: boolean) => (saveValues ? name in saveValues : byDefault);
              return (
                <section key={answer.answerId} aria-labelledby={`answer-${answer.answerId}`}>
                  <h2 id={`answer-${answer.answerId}`}>{t("redaction.answerHeading", { number: index + 1, question: answer.question })}</h2>
                  <h3>{t("redaction.originalHeading")}</h3>
                  <blockquote className="redaction__text">{answer.text}</blockquote>
                  <h3>{t("redaction.redactedHeading")}</h3>
                  {answer.spans.length > 0 ? (
                    <blockquote className="redaction__text">{applyRedactions(answer.text, answer.spans)}</blockquote>
                  ) : (
                    <p>{t("redaction.nothingRedacted")}</p>
                  )}
                  <p>{answer.reviewed ? t("redaction.reviewed") : t("redaction.notReviewed")}</p>

                  <fieldset>
                    <legend>{t("redaction.suggestionsLegend", { number: index + 1 })}</legend>
                    {answer.suggestions.length === 0 ? <p>{t("redaction.noSuggestions")}</p> : null}
                    {answer.suggestions.map((suggestion) => {
                      const name = spanFieldName(answer.answerId, suggestion.start, suggestion.end);
                      return (
                        <div key={name}>
                          <SpanCheckbox
                            name={name}
                            kind={suggestion.kind}
                            label={t("redaction.suggestionLabel", {
                              kind: kindLabel(suggestion.kind),
                              words: suggestion.words,
                              source: t(suggestionSourceKeys[suggestion.source]),
                            })}
                            checked={ticked(name, acceptAll)}
                          />
                          <RememberCheckbox answerId={answer.answerId} span={suggestion} values={saveValues} />
                        </div>
                      );
                    })}
                  </fieldset>

                  <fieldset>
                    <legend>{t("redaction.spansLegend", { number: index + 1 })}</legend>
                    {answer.spans.length === 0 ? <p>{t("redaction.noSpans")}</p> : <p>{t("redaction.spansHint")}</p>}
                    {answer.spans.map((span) => {
                      const name = spanFieldName(answer.answerId, span.start, span.end);
                      return (
                        <div key={name}>
                          <SpanCheckbox
                            name={name}
                            kind={span.kind}
                            label={t("redaction.spanLabel", { kind: kindLabel(span.kind), words: span.words })}
                            checked={ticked(name, true)}
                          />
                          <RememberCheckbox answerId={answer.answerId} span={span} values={saveValues} />
                        </div>
                      );
                    })}
                  </fieldset>

                  <fieldset>
                    <legend>{t("redaction.addLegend", { number: index + 1 })}</legend>
                    <Field
                      id={fieldId(addFieldName(answer.answerId, "words"))}
                      label={t("redaction.fields.words", { number: index + 1 })}
                      hint={t("redaction.fields.wordsHint")}
                      name={addFieldName(answer.answerId, "words")}
                      defaultValue={saveValues?.[addFieldName(answer.answerId, "words")] ?? ""}
                      error={failure?.errors[addFieldName(answer.answerId, "words")]}
                      autoComplete="off"
                    />
                    <Field
                      id={fieldId(addFieldName(answer.answerId, "occurrence"))}
                      label={t("redaction.fields.occurrence", { number: index + 1 })}
                      hint={t("redaction.fields.occurrenceHint")}
                      name={addFieldName(answer.answerId, "occurrence")}
                      type="number"
                      min={1}
                      inputMode="numeric"
                      defaultValue={saveValues?.[addFieldName(answer.answerId, "occurrence")] ?? "1"}
                      error={failure?.errors[addFieldName(answer.answerId, "occurrence")]}
                      errorValues={failure?.errorValues?.[addFieldName(answer.answerId, "occurrence")]}
                    />
                    <SelectField
                      label={t("redaction.fields.kind", { number: index + 1 })}
                      name={addFieldName(answer.answerId, "kind")}
                      defaultValue={saveValues?.[addFieldName(answer.answerId, "kind")] ?? "name"}
                    >
                      {redactionKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {kindLabel(kind)}
                        </option>
                      ))}
                    </SelectField>
                  </fieldset>
                </section>
              );
            })}
            <button type="submit" name="intent" value="save">
              {t("redaction.save")}
            </button>
          </Form>

          <h2>{t("redaction.knownHeading")}</h2>
          <p>{t("redaction.knownIntro")}</p>
          <Form method="post">
            <Field
              id={fieldId("term")}
              label={t("redaction.fields.term")}
              hint={t("redaction.fields.termHint")}
              name="term"
              defaultValue={termValues?.term ?? ""}
              error={termValues ? failure?.errors.term : undefined}
              autoComplete="off"
            />
            <button type="submit" name="intent" value="addKnownName">
              {t("redaction.addKnownName")}
            </button>{" "}
            <button type="submit" name="intent" value="addKnownPlace">
              {t("redaction.addKnownPlace")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}

/** A span to redact or keep: the checkbox carries its kind, so the form needs nothing else to rebuild it. */
function SpanCheckbox({ name, kind, label, checked }: { name: string; kind: RedactionKind; label: string; checked: boolean }) {
  return (
    <div className="field field--checkbox">
      <input type="checkbox" id={`check-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`} name={name} value={kind} defaultChecked={checked} />
      <label htmlFor={`check-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`}>{label}</label>
    </div>
  );
}

/**
 * Beside a name or a place: also add these words to the known terms when
 * saving, so every other item containing them gets the suggestion.
 */
function RememberCheckbox({ answerId, span, values }: { answerId: string; span: SpanView; values?: Record<string, string> }) {
  const { t } = useTranslation("workspace");
  if (span.kind !== "name" && span.kind !== "place") return null;
  const name = rememberFieldName(answerId, span.start, span.end);
  const id = `check-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return (
    <div className="field field--checkbox">
      <input type="checkbox" id={id} name={name} defaultChecked={values ? name in values : false} />
      <label htmlFor={id}>
        {span.kind === "name" ? t("redaction.rememberName", { words: span.words }) : t("redaction.rememberPlace", { words: span.words })}
      </label>
    </div>
  );
}

/** The spans saved by someone else since the page was opened, beside the ones this save sent. */
function ConflictDetails({ answers }: { answers: ConflictAnswer[] }) {
  const { t } = useTranslation("workspace");
  const list = (spans: ConflictAnswer["stored"]) =>
    spans.length === 0 ? (
      <p>{t("redaction.conflict.none")}</p>
    ) : (
      <ul>
        {spans.map((span) => (
          <li key={`${span.start}-${span.end}`}>{t("redaction.spanLabel", { kind: t(redactionKindKeys[span.kind]), words: span.words })}</li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t("redaction.conflict.heading")}</h2>
      <p>{t("redaction.conflict.intro")}</p>
      {answers.map((answer, index) => (
        <div key={answer.answerId}>
          <h3>{t("redaction.conflict.answer", { number: index + 1 })}</h3>
          <h4>{t("redaction.conflict.stored")}</h4>
          {list(answer.stored)}
          <h4>{t("redaction.conflict.sent")}</h4>
          {list(answer.sent)}
        </div>
      ))}
    </section>
  );
}
