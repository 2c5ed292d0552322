import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import { Field } from "~/components/field";
import { SelectField } from "~/components/select-field";
import { SlowedDown } from "~/components/slowed-down";
import { bulkReadRetryAfterSeconds } from "~/modules/audit/bulk-read-limits";
import { WideTable } from "~/components/wide-table";
import { ShortcutList, useWorkspaceShortcuts } from "~/components/workspace-shortcuts";
import { formFailure, parseForm, refusedForm, retryAfterHeaders } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requirePermission } from "~/http/require-permission.server";
import { invariantResponse } from "~/http/responses.server";
import { getStaffConsultationTitle } from "~/modules/consultations/get-staff-consultation-title.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { languageLabel } from "~/modules/consultations/language-names";
import { themeLabelKeys, themes } from "~/modules/consultations/themes";
import { approveSelected, tagSelected } from "~/modules/moderation/bulk-moderate.server";
import { facilitatingOrganisationIds } from "~/modules/moderation/item-facts.server";
import { listModerationQueue } from "~/modules/moderation/list-moderation-queue.server";
import { mergeExactDuplicates } from "~/modules/moderation/merge-duplicates.server";
import { queuePageForm, readQueueFilters, selectedItems } from "~/modules/moderation/moderation-forms";
import { queueStatusKeys, queueStatuses, type QueueStatus } from "~/modules/moderation/moderation-choices";
import { formattingLocale } from "~/modules/i18n/config";

export const handle = { i18n: "workspace" };
export const headers = retryAfterHeaders;
export const meta = dataTitleMeta<{ title: string }>((data) => data.title);

async function facilitatorOf(request: Request, slug: string) {
  const facts = await getHostingFacts(slug);
  // An unknown slug is refused exactly like a consultation of another organisation.
  const actor = await requirePermission(request, "consultation:facilitate", facts ?? noHostingFacts);
  invariantResponse(facts, 404);
  return { actor, facts, organisationIds: facilitatingOrganisationIds(actor.memberships, facts) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const { actor, facts, organisationIds } = await facilitatorOf(request, slug);
  const language = await detectLanguage(request);
  // A consultation in draft has no public page, yet its hosts see its title here (issue 10, bug 5).
  const title = await getStaffConsultationTitle(facts.consultationId, language);
  const url = new URL(request.url);
  const filters = readQueueFilters(url);
  const result = await listModerationQueue({ consultationId: facts.consultationId, actorId: actor.staffUserId, organisationIds, filters, language });
  if (result.kind === "slowedDown") {
    return data({ title, slug, slowedDown: true as const }, { status: 429, headers: { "Retry-After": String(bulkReadRetryAfterSeconds) } });
  }
  const day = new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: "medium", timeZone: "UTC" });
  const { queue } = result;
  return {
    title,
    slug,
    slowedDown: false as const,
    filters,
    search: Object.fromEntries(url.searchParams),
    queue: {
      ...queue,
      languages: queue.languages.map((code) => ({ code, label: languageLabel(code, language) })),
      rows: queue.rows.map((row) => ({ ...row, receivedOn: row.receivedOn ? day.format(row.receivedOn) : "", languageName: languageLabel(row.language, language) })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const slug = params.slug ?? "";
  const { actor, facts, organisationIds } = await facilitatorOf(request, slug);
  const form = await parseForm(request, queuePageForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  const common = { consultationId: facts.consultationId, organisationId: organisationIds[0] ?? null, actorId: actor.staffUserId };
  if (form.data.intent === "merge-duplicates") {
    const { merged } = await mergeExactDuplicates(common);
    if (merged === 0) return refusedForm({ error: "workspace:queue.errors.noDuplicates" }, form.values);
    return redirectWithNotice(back, { key: "workspace:queue.notices.merged", values: { merged: String(merged) } });
  }
  const selected = selectedItems(form.values);
  if (selected.length === 0) return refusedForm({ error: "workspace:queue.errors.noneSelected" }, form.values);
  const result = form.data.intent === "approve-selected" ? await approveSelected({ ...common, selected }) : await tagSelected({ ...common, selected, theme: form.data.theme });
  if (result.changed === 0) {
    return refusedForm(
      { error: form.data.intent === "approve-selected" ? "workspace:queue.errors.nothingApproved" : "workspace:queue.errors.nothingTagged" },
      form.values,
      409,
    );
  }
  return redirectWithNotice(back, {
    key: form.data.intent === "approve-selected" ? "workspace:queue.notices.approved" : "workspace:queue.notices.tagged",
    values: { changed: String(result.changed), unreviewed: String(result.skippedUnreviewed), changedMeanwhile: String(result.skippedChanged) },
  });
}

type Loaded = Exclude<ReturnType<typeof useLoaderData<typeof loader>>, { slowedDown: true }>;

/** The address of the queue with some filters changed (page links, status counts). */
function withParams(search: Record<string, string>, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === "") next.delete(name);
    else next.set(name, value);
  }
  const query = next.toString();
  return query ? `?${query}` : ".";
}

export default function ModerationQueuePage() {
  const loaded = useLoaderData<typeof loader>();
  useWorkspaceShortcuts();
  if (loaded.slowedDown) {
    return <SlowedDown heading={loaded.title} />;
  }
  return <Queue loaded={loaded} />;
}

function Queue({ loaded }: { loaded: Loaded }) {
  const { title, filters, queue } = loaded;
  const search = loaded.search;
  const result = useActionData<typeof action>();
  const failure = result && "failure" in result ? result.failure : undefined;
  const { t } = useTranslation("workspace");
  const { t: tc } = useTranslation();
  const statusLabel = (status: string) => t(queueStatusKeys[status as QueueStatus] ?? status);
  return (
    <section className="workspace">
      <h1>{title}</h1>
      <ErrorSummary failure={failure} />
      <nav aria-label={t("queue.toolsLabel")}>
        <ul className="inline-list">
          <li>
            <Link to={`/facilitate/${loaded.slug}/in-person`}>{t("inPerson.title")}</Link>
          </li>
          <li>
            <Link to={`/facilitate/${loaded.slug}/codebook`}>{t("codebook.title")}</Link>
          </li>
          <li>
            <Link to={`/facilitate/${loaded.slug}/synthesis`}>{t("synthesis.queueLink")}</Link>
          </li>
        </ul>
      </nav>
      <p>{t("queue.total", { count: queue.total })}</p>

      <h2>{t("queue.countsHeading")}</h2>
      <ul className="inline-list">
        {queueStatuses.map((status) => (
          <li key={status}>
            <Link to={withParams(search, { status, page: undefined })}>
              {t("queue.countLink", { status: statusLabel(status), count: queue.counts[status] })}
            </Link>
          </li>
        ))}
      </ul>

      <h2>{t("queue.filtersHeading")}</h2>
      <Form method="get" className="filters">
        <SelectField label={t("queue.filters.status")} name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          {queueStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("queue.filters.theme")} name="theme" defaultValue={filters.theme ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {tc(themeLabelKeys[theme])}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("queue.filters.principle")} name="principle" defaultValue={filters.principle ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          {queue.principles.map((principle) => (
            <option key={principle.id} value={principle.id}>
              {t("item.principleLabel", { number: principle.number, title: principle.title })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("queue.filters.question")} name="question" defaultValue={filters.question ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          {queue.questions.map((question) => (
            <option key={question.id} value={question.id}>
              {question.prompt}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("queue.filters.language")} name="language" defaultValue={filters.language ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          {queue.languages.map((language) => (
            <option key={language.code} value={language.code}>
              {language.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("queue.filters.kind")} name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          <option value="online">{t("queue.kind.online")}</option>
          <option value="in_person">{t("queue.kind.inPerson")}</option>
        </SelectField>
        <SelectField label={t("queue.filters.safety")} name="safety" defaultValue={filters.safety ?? ""}>
          <option value="">{t("queue.filters.any")}</option>
          <option value="flagged">{t("queue.filters.flaggedOnly")}</option>
        </SelectField>
        <Field label={t("queue.filters.search")} hint={t("queue.filters.searchHint")} name="q" type="search" defaultValue={filters.q ?? ""} />
        <button type="submit">{t("queue.filters.apply")}</button>
      </Form>

      <h2>{t("queue.listHeading")}</h2>
      <p aria-live="polite">{t("queue.showing", { count: queue.matching, page: queue.page, pages: queue.pages })}</p>
      {queue.rows.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <Form method="post" noValidate>
          <WideTable label={t("queue.caption")}>
            <caption>{t("queue.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("queue.columns.select")}</th>
                <th scope="col">{t("queue.columns.contribution")}</th>
                <th scope="col">{t("queue.columns.received")}</th>
                <th scope="col">{t("queue.columns.status")}</th>
                <th scope="col">{t("queue.columns.kind")}</th>
                <th scope="col">{t("queue.columns.language")}</th>
                <th scope="col">{t("queue.columns.excerpt")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    {row.status === "withdrawn" ? null : (
                      <input
                        type="checkbox"
                        name={`select.${row.id}`}
                        value={String(row.version)}
                        aria-label={t("queue.selectRow", { reference: row.reference })}
                      />
                    )}
                  </td>
                  <td>
                    {row.status === "withdrawn" ? (
                      t("queue.rowLink", { reference: row.reference })
                    ) : (
                      <Link to={`/facilitate/${loaded.slug}/${row.id}`} data-shortcut="row">
                        {t("queue.rowLink", { reference: row.reference })}
                      </Link>
                    )}
                    {row.flagged ? <span className="badge"> {t("safety.badge")}</span> : null}
                  </td>
                  <td>{row.receivedOn}</td>
                  <td>{statusLabel(row.status)}</td>
                  <td>{row.kind === "in_person" ? t("queue.kind.inPerson") : t("queue.kind.online")}</td>
                  <td>{row.languageName}</td>
                  <td lang={row.language}>{row.status === "withdrawn" ? t("queue.tombstone") : (row.excerpt ?? t("queue.noText"))}</td>
                </tr>
              ))}
            </tbody>
          </WideTable>
          <h3>{t("queue.bulkHeading")}</h3>
          <p>{t("queue.bulkHint")}</p>
          <button type="submit" name="intent" value="approve-selected">
            {t("queue.approveSelected")}
          </button>
          <SelectField label={t("queue.tagTheme")} name="theme" id="queue-tag-theme">
            {themes.map((theme) => (
              <option key={theme} value={theme}>
                {tc(themeLabelKeys[theme])}
              </option>
            ))}
          </SelectField>
          <button type="submit" name="intent" value="tag-selected" data-shortcut="t">
            {t("queue.tagSelected")}
          </button>
        </Form>
      )}
      {queue.pages > 1 ? (
        <nav aria-label={t("queue.pagesLabel")}>
          <ul className="inline-list">
            {queue.page > 1 ? (
              <li>
                <Link to={withParams(search, { page: String(queue.page - 1) })}>{t("queue.previousPage")}</Link>
              </li>
            ) : null}
            {queue.page < queue.pages ? (
              <li>
                <Link to={withParams(search, { page: String(queue.page + 1) })}>{t("queue.nextPage")}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}

      <h2>{t("queue.duplicatesHeading")}</h2>
      <p>{t("queue.duplicatesHint")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="merge-duplicates" />
        <button type="submit">{t("queue.mergeDuplicates")}</button>
      </Form>

      <ShortcutList
        keys={[
          { key: "j", label: t("queue.shortcuts.next") },
          { key: "k", label: t("queue.shortcuts.previous") },
          { key: "o", label: t("queue.shortcuts.open") },
          { key: "t", label: t("queue.shortcuts.tag") },
        ]}
      />
    </section>
  );
}
