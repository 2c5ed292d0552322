import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { CheckboxField } from "~/components/checkbox-field";
import { Field } from "~/components/field";
import { SelectField } from "~/components/select-field";
import { SlowedDown } from "~/components/slowed-down";
import { bulkReadRetryAfterSeconds } from "~/modules/audit/bulk-read-limits";
import { ShortcutList, useWorkspaceShortcuts } from "~/components/workspace-shortcuts";
import { formFailure, parseForm, refusedForm, retryAfterHeaders, type FormValues } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requireFacilitatorItem } from "~/http/require-facilitator-item.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { themeLabelKeys, themes } from "~/modules/consultations/themes";
import { shortReference } from "~/modules/moderation/list-moderation-queue.server";
import { moderateContribution } from "~/modules/moderation/moderate-contribution.server";
import { codingFrom, itemPageForm } from "~/modules/moderation/moderation-forms";
import { queueStatusKeys, rejectReasonKeys, rejectReasons, type QueueStatus } from "~/modules/moderation/moderation-choices";
import { historyActionKeys } from "~/modules/moderation/history-labels";
import { openModerationItem } from "~/modules/moderation/open-moderation-item.server";
import { saveCoding } from "~/modules/moderation/save-coding.server";
import { setSafetyFlag } from "~/modules/safety/set-safety-flag.server";
import { formattingLocale } from "~/modules/i18n/config";

export const handle = { i18n: "workspace" };
export const headers = retryAfterHeaders;
export const meta = dataTitleMeta<{ reference: string }>((data) => data.reference);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, item, organisationIds } = await requireFacilitatorItem(request, params);
  const language = await detectLanguage(request);
  const reference = shortReference(item.submissionId);
  const result = await openModerationItem({
    submissionId: item.submissionId,
    consultationId: item.consultationId,
    actorId: actor.staffUserId,
    organisationIds,
    language,
  });
  if (result.kind === "slowedDown") {
    return data({ reference, slowedDown: true as const }, { status: 429, headers: { "Retry-After": String(bulkReadRetryAfterSeconds) } });
  }
  const day = new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: "medium", timeZone: "UTC" });
  const moment = new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const view = result.item;
  return {
    reference,
    slowedDown: false as const,
    slug: params.slug ?? "",
    item: {
      ...view,
      receivedOn: view.receivedOn ? day.format(view.receivedOn) : "",
      languageName: languageLabel(view.language, language),
      history: view.history.map((entry) => ({ ...entry, at: moment.format(entry.at) })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, item, organisationIds } = await requireFacilitatorItem(request, params);
  const form = await parseForm(request, itemPageForm, { fieldLimits: { note: 2000 } });
  if (!form.ok) return formFailure(form.failure, form.status);
  const back = `/facilitate/${params.slug}/${item.submissionId}`;
  const common = {
    submissionId: item.submissionId,
    consultationId: item.consultationId,
    organisationId: organisationIds[0] ?? null,
    actorId: actor.staffUserId,
  };
  switch (form.data.intent) {
    case "approve":
    case "hold":
    case "reject": {
      const decision =
        form.data.intent === "approve"
          ? { decision: "approve" as const, confirmUnreviewed: form.data.confirm === "yes" }
          : form.data.intent === "hold"
            ? { decision: "hold" as const }
            : { decision: "reject" as const, reason: form.data.reason, note: form.data.note };
      const result = await moderateContribution({ ...common, version: form.data.version, decision });
      if (result.kind === "needsConfirmation") return data({ confirm: { unreviewed: result.unreviewed, version: form.data.version } });
      if (result.kind === "conflict") return conflict(form.values);
      if (result.kind === "withdrawn") return refusedForm({ error: "workspace:moderation.errors.withdrawn" }, form.values, 410);
      const notice = { approved: "workspace:moderation.notices.approved", held: "workspace:moderation.notices.held", rejected: "workspace:moderation.notices.rejected" } as const;
      return redirectWithNotice(back, notice[result.status as keyof typeof notice] ?? "workspace:moderation.notices.approved");
    }
    case "coding": {
      const answerIds = Object.keys(form.values).flatMap((name) => (name.startsWith("answer.") ? [name.slice("answer.".length)] : []));
      const result = await saveCoding({ ...common, version: form.data.version, coding: codingFrom(form.values, answerIds) });
      if (result.kind === "conflict") return conflict(form.values);
      if (result.kind === "withdrawn") return refusedForm({ error: "workspace:moderation.errors.withdrawn" }, form.values, 410);
      return redirectWithNotice(back, "workspace:coding.saved");
    }
    case "flag-safety":
    case "unflag-safety": {
      const result = await setSafetyFlag({ ...common, organisationIds, flagged: form.data.intent === "flag-safety" });
      if (result.kind === "withdrawn") return refusedForm({ error: "workspace:moderation.errors.withdrawn" }, form.values, 410);
      return redirectWithNotice(back, form.data.intent === "flag-safety" ? "workspace:safety.flagged" : "workspace:safety.unflagged");
    }
  }
}

/** A save made on an older version: nothing stored; the page shows what is saved now and what was typed. */
function conflict(values: FormValues) {
  return data({ conflict: { yours: values } }, { status: 409 });
}

type Loaded = Exclude<ReturnType<typeof useLoaderData<typeof loader>>, { slowedDown: true }>;
type ActionResult = ReturnType<typeof useActionData<typeof action>>;

export default function ModerationItemPage() {
  const loaded = useLoaderData<typeof loader>();
  const { t } = useTranslation("workspace");
  useWorkspaceShortcuts();
  if (loaded.slowedDown) {
    return <SlowedDown heading={t("item.heading", { reference: loaded.reference })} />;
  }
  return <Item loaded={loaded} />;
}

function statusKey(status: string) {
  return queueStatusKeys[status as QueueStatus] ?? "workspace:queue.status.received";
}

/** What was typed in the form that lost the race, in words (the decision, the reason and note, the ticked codes). */
function YourVersion({ values, item }: { values: Record<string, string>; item: Loaded["item"] }) {
  const { t } = useTranslation("workspace");
  const { t: tc } = useTranslation();
  if (values.intent === "coding") {
    return (
      <ul>
        {item.answers.map((answer) => {
          const ticked = [
            ...themes.filter((theme) => values[`theme.${answer.id}.${theme}`]).map((theme) => tc(themeLabelKeys[theme])),
            ...item.principles.filter((principle) => values[`principle.${answer.id}.${principle.id}`]).map((principle) => t("item.principleNumber", { number: principle.number })),
            ...item.emergingThemes.filter((theme) => values[`emerging.${answer.id}.${theme.id}`]).map((theme) => theme.name),
          ];
          return (
            <li key={answer.id}>
              {answer.prompt}: {ticked.join(", ") || t("coding.none")}
            </li>
          );
        })}
      </ul>
    );
  }
  const decision = values.intent === "approve" ? "approved" : values.intent === "hold" ? "held" : "rejected";
  const reason = values.reason && values.reason in rejectReasonKeys ? t(rejectReasonKeys[values.reason as keyof typeof rejectReasonKeys]) : "";
  return (
    <ul>
      <li>{t("item.conflict.decision", { status: t(statusKey(decision)) })}</li>
      {reason ? <li>{t("item.conflict.reason", { reason })}</li> : null}
      {values.note ? <li>{t("item.conflict.note", { note: values.note })}</li> : null}
    </ul>
  );
}

function Item({ loaded }: { loaded: Loaded }) {
  const { item, slug, reference } = loaded;
  const result: ActionResult = useActionData<typeof action>();
  const { t } = useTranslation("workspace");
  const { t: tc } = useTranslation();
  const { t: tp } = useTranslation("participation");
  const failure = result && "failure" in result ? result.failure : undefined;
  const conflict = result && "conflict" in result ? result.conflict : undefined;
  const confirm = result && "confirm" in result ? result.confirm : undefined;
  const rejectFailure = failure?.values.intent === "reject" ? failure : undefined;
  const withdrawn = item.status === "withdrawn";
  const version = String(item.version);
  const stanceKeys = { agree: "stance.agree", partly: "stance.partly", disagree: "stance.disagree", not_sure: "stance.notSure" } as const;
  const quoteKeys = { count_only: "quote.countOnly", drafters: "quote.drafters", public: "quote.public" } as const;
  const consentKeys = {
    useInSummaries: "workspace:item.consent.useInSummaries",
    draftersMayQuote: "workspace:item.consent.draftersMayQuote",
    publicQuotes: "workspace:item.consent.publicQuotes",
    inboxContact: "workspace:item.consent.inboxContact",
  } as const;
  return (
    <section className="workspace">
      <nav aria-label={t("item.navigationLabel")}>
        <ul className="inline-list">
          <li>
            <Link to={`/facilitate/${slug}`}>{t("item.backToQueue")}</Link>
          </li>
          {item.previousId ? (
            <li>
              <Link to={`/facilitate/${slug}/${item.previousId}`} data-shortcut="k">
                {t("item.previous")}
              </Link>
            </li>
          ) : null}
          {item.nextId ? (
            <li>
              <Link to={`/facilitate/${slug}/${item.nextId}`} data-shortcut="j">
                {t("item.next")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <h1>{t("item.heading", { reference })}</h1>
      <ErrorSummary
        failure={failure}
        fields={[
          { name: "reason", label: t("moderation.reason"), id: fieldId("reason") },
          { name: "note", label: t("moderation.note"), id: fieldId("note") },
        ]}
      />
      {item.lockedBy ? (
        <p className="notice" role="status">
          {t("item.lockedBy", { name: item.lockedBy })}
        </p>
      ) : null}

      {conflict ? (
        <section className="conflict" aria-labelledby="conflict-heading">
          <h2 id="conflict-heading" role="alert">
            {t("item.conflict.heading")}
          </h2>
          <p>{t("item.conflict.body")}</p>
          <h3>{t("item.conflict.theirs")}</h3>
          <ul>
            <li>{t("item.conflict.decision", { status: t(statusKey(item.status)) })}</li>
            {item.answers.map((answer) => (
              <li key={answer.id}>
                {answer.prompt}:{" "}
                {[
                  ...answer.themes.map((theme) => tc(themeLabelKeys[theme])),
                  ...item.principles.filter((principle) => answer.principleIds.includes(principle.id)).map((principle) => t("item.principleNumber", { number: principle.number })),
                  ...item.emergingThemes.filter((theme) => answer.emergingThemeIds.includes(theme.id)).map((theme) => theme.name),
                ].join(", ") || t("coding.none")}
              </li>
            ))}
          </ul>
          <h3>{t("item.conflict.yours")}</h3>
          <YourVersion values={conflict.yours} item={item} />
        </section>
      ) : null}

      <dl className="facts">
        <dt>{t("item.status")}</dt>
        <dd>{t(statusKey(item.status))}</dd>
        <dt>{t("item.kind")}</dt>
        <dd>{item.kind === "in_person" ? t("queue.kind.inPerson") : t("queue.kind.online")}</dd>
        <dt>{t("item.language")}</dt>
        <dd>{item.languageName}</dd>
        <dt>{t("item.received")}</dt>
        <dd>{item.receivedOn}</dd>
        {item.consentBasis ? (
          <>
            <dt>{t("item.consentBasis")}</dt>
            <dd>{item.consentBasis === "oral" ? t("item.consentOral") : t("item.consentWritten")}</dd>
          </>
        ) : null}
      </dl>

      {withdrawn ? (
        <p>{t("item.withdrawn")}</p>
      ) : (
        <>
          <ul className="inline-list">
            <li>
              <Link to={`/facilitate/${slug}/${item.id}/redact`}>{t("item.redactLink")}</Link>
            </li>
            {item.contactable ? (
              <li>
                <Link to={`/facilitate/${slug}/${item.id}/messages`}>{t("item.messagesLink")}</Link>
              </li>
            ) : null}
          </ul>

          <h2>{t("item.consentHeading")}</h2>
          {item.consent ? (
            <ul>
              {(Object.keys(consentKeys) as Array<keyof typeof consentKeys>).map((choice) => (
                <li key={choice}>
                  {t(consentKeys[choice])}: {item.consent![choice] ? t("item.yes") : t("item.no")}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("item.noConsentRecord")}</p>
          )}

          <h2>{t("item.answersHeading")}</h2>
          {item.answers.map((answer) => (
            <article key={answer.id} className="card">
              <h3>{answer.prompt}</h3>
              <p className="muted">
                {tc(themeLabelKeys[answer.questionTheme])}
                {answer.principle ? ` · ${t("item.principleLabel", { number: answer.principle.number, title: answer.principle.title })}` : ""}
              </p>
              {answer.stance ? <p>{tp(stanceKeys[answer.stance])}</p> : null}
              {answer.unreadable ? <p>{t("item.unreadable")}</p> : null}
              {answer.text !== null ? (
                <blockquote lang={item.language} className="answer-text">
                  {answer.text}
                </blockquote>
              ) : null}
              {answer.text !== null ? <p>{t("item.quoteConsent", { choice: tp(quoteKeys[answer.quoteConsent]) })}</p> : null}
              {answer.redactedText !== null ? (
                <>
                  <h4>{t("item.redactedPreview")}</h4>
                  <blockquote lang={item.language}>{answer.redactedText}</blockquote>
                </>
              ) : null}
              {answer.text !== null && !answer.redactionReviewed ? <p>{t("item.redactionNotReviewed")}</p> : null}
            </article>
          ))}

          <h2>{t("moderation.heading")}</h2>
          {confirm ? (
            <div className="notice" role="alert">
              <p>{t("moderation.confirmUnreviewed", { count: confirm.unreviewed })}</p>
              <Form method="post">
                <input type="hidden" name="version" value={String(confirm.version)} />
                <input type="hidden" name="confirm" value="yes" />
                <button type="submit" name="intent" value="approve">
                  {t("moderation.approveAnyway")}
                </button>
              </Form>
            </div>
          ) : null}
          <Form method="post">
            <input type="hidden" name="version" value={version} />
            <button type="submit" name="intent" value="approve" data-shortcut="a">
              {t("moderation.approve")}
            </button>{" "}
            <button type="submit" name="intent" value="hold" data-shortcut="h">
              {t("moderation.hold")}
            </button>
          </Form>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="reject" />
            <input type="hidden" name="version" value={version} />
            <SelectField
              label={t("moderation.reason")}
              name="reason"
              id={fieldId("reason")}
              error={rejectFailure?.errors.reason}
              defaultValue={rejectFailure?.values.reason ?? ""}
            >
              <option value="">{t("moderation.chooseReason")}</option>
              {rejectReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {t(rejectReasonKeys[reason])}
                </option>
              ))}
            </SelectField>
            <Field
              label={t("moderation.note")}
              hint={t("moderation.noteHint")}
              name="note"
              id={fieldId("note")}
              error={rejectFailure?.errors.note}
              defaultValue={rejectFailure?.values.note ?? ""}
              multiline
            />
            <button type="submit" data-shortcut="r">
              {t("moderation.reject")}
            </button>
          </Form>

          <h2 id="coding-heading">{t("coding.heading")}</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="coding" />
            <input type="hidden" name="version" value={version} />
            {item.answers.map((answer, index) => (
              <fieldset key={answer.id}>
                <legend>{t("coding.legend", { prompt: answer.prompt })}</legend>
                <input type="hidden" name={`answer.${answer.id}`} value="1" />
                <fieldset>
                  <legend>{t("coding.themes")}</legend>
                  {themes.map((theme, themeIndex) => (
                    <CheckboxField
                      key={theme}
                      name={`theme.${answer.id}.${theme}`}
                      label={tc(themeLabelKeys[theme])}
                      defaultChecked={answer.themes.includes(theme)}
                      shortcut={index === 0 && themeIndex === 0 ? "t" : undefined}
                    />
                  ))}
                </fieldset>
                {item.principles.length > 0 ? (
                  <fieldset>
                    <legend>{t("coding.principles")}</legend>
                    {item.principles.map((principle) => (
                      <CheckboxField
                        key={principle.id}
                        name={`principle.${answer.id}.${principle.id}`}
                        label={t("item.principleLabel", { number: principle.number, title: principle.title })}
                        defaultChecked={answer.principleIds.includes(principle.id)}
                      />
                    ))}
                  </fieldset>
                ) : null}
                {item.emergingThemes.length > 0 ? (
                  <fieldset>
                    <legend>{t("coding.emerging")}</legend>
                    {item.emergingThemes.map((theme) => (
                      <CheckboxField key={theme.id} name={`emerging.${answer.id}.${theme.id}`} label={theme.name} defaultChecked={answer.emergingThemeIds.includes(theme.id)} />
                    ))}
                  </fieldset>
                ) : null}
              </fieldset>
            ))}
            <button type="submit">{t("coding.save")}</button>
          </Form>

          <h2>{t("safety.heading")}</h2>
          <p>{t("safety.hint")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value={item.safety.flagged ? "unflag-safety" : "flag-safety"} />
            <button type="submit">{item.safety.flagged ? t("safety.unflag") : t("safety.flag")}</button>
          </Form>
          {item.safety.flagged ? (
            <div className="card">
              <p>{t("safety.flaggedNote")}</p>
              {item.safety.escalationNotes.map((note) => (
                <div key={note.organisation}>
                  <h3>{t("safety.escalationHeading", { organisation: note.organisation })}</h3>
                  <p className="pre-line">{note.note}</p>
                </div>
              ))}
              <h3>{t("safety.resourcesHeading")}</h3>
              {item.safety.resources.length === 0 ? (
                <p>{t("safety.noResources")}</p>
              ) : (
                <ul>
                  {item.safety.resources.map((resource) => (
                    <li key={`${resource.name}-${resource.contact}`}>
                      <strong>{resource.name}</strong>
                      {resource.description ? ` — ${resource.description}` : ""}
                      {resource.contact ? ` (${resource.contact})` : ""}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </>
      )}

      <h2>{t("item.historyHeading")}</h2>
      {item.history.length === 0 ? (
        <p>{t("item.historyNone")}</p>
      ) : (
        <ol>
          {item.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              {entry.at} — {historyActionKeys[entry.action] ? t(historyActionKeys[entry.action]!) : entry.action}
              {entry.actor ? ` — ${entry.actor}` : ""}
              {entry.reason ? ` — ${t(rejectReasonKeys[entry.reason])}` : ""}
              {entry.note ? <span className="pre-line"> — {entry.note}</span> : null}
            </li>
          ))}
        </ol>
      )}

      <ShortcutList
        keys={[
          { key: "j", label: t("queue.shortcuts.next") },
          { key: "k", label: t("queue.shortcuts.previous") },
          { key: "a", label: t("queue.shortcuts.approve") },
          { key: "h", label: t("queue.shortcuts.hold") },
          { key: "r", label: t("queue.shortcuts.reject") },
          { key: "t", label: t("queue.shortcuts.tagItem") },
        ]}
      />
    </section>
  );
}
