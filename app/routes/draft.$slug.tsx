import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ShownCountText } from "~/components/summaries/shown-count-text";
import { requireDrafterReport } from "~/http/drafter-report.server";
import { fixedTranslator } from "~/http/i18n.server";
import { dataTitleMeta } from "~/http/meta";
import { summaryFilterQuery } from "~/http/report-filters.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { dimensionLabelKeys, valueLabelKey } from "~/modules/self-description/dimension-labels";
import { reportLabels } from "~/modules/summaries/exports/report-labels.server";
import { showConsultationReport } from "~/modules/summaries/get-consultation-report.server";

export const handle = { i18n: ["workspace", "selfdescription"] };

export const meta = dataTitleMeta<{ title: string }>((data) => data.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const { actor, region, view, title, organisationId, filters, theme, parsed, language } = await requireDrafterReport(request, slug);
  if (!region) return { title, slug, report: null, query: "" };
  const report = await showConsultationReport({ region, view, filters, theme, actorId: actor.staffUserId, organisationId });
  const labels = reportLabels(fixedTranslator(language), language);
  // Quotes leave without their answer ids: the page needs the words and where they come from, nothing that points back.
  const quotes = report.quotes.map((quote) => ({ text: quote.text, language: quote.language, from: labels.quoteFrom(quote, region) }));
  return { title, slug: region.slug, report: { ...report, quotes }, query: summaryFilterQuery(parsed) };
}

const sections = ["said", "change", "emerging"] as const;
const sectionKeys = { said: "workspace:report.said", change: "workspace:report.change", emerging: "workspace:report.emerging" } as const;

export default function DraftConsultationReport() {
  const { title, slug, report, query } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  if (!report) {
    return (
      <article className="prose report">
        <h1>{title}</h1>
        <p>{t("workspace:report.notOpen")}</p>
      </article>
    );
  }
  const regionLabel = report.region.city && report.region.country ? t("workspace:report.region", { city: report.region.city, country: report.region.country }) : title;
  return (
    <article className="prose report">
      <h1>{title}</h1>
      <p>
        <Link to="/draft">{t("workspace:drafting.nav.compare")}</Link>
      </p>
      <p>{t("workspace:disclosure.explainer", { k: report.k })}</p>

      <nav aria-labelledby="downloads-heading" className="report-downloads">
        <h2 id="downloads-heading">{t("workspace:report.downloadsHeading")}</h2>
        <ul>
          {/* Plain links to resource routes: they download with JavaScript off, and carry the page's filters. */}
          <li>
            <a className="button-link" href={`/draft/${slug}/export.csv${query}`} download>
              {t("workspace:exports.csv")}
            </a>
          </li>
          <li>
            <a className="button-link" href={`/draft/${slug}/export-counts.csv${query}`} download>
              {t("workspace:exports.countsCsv")}
            </a>
          </li>
          <li>
            <a className="button-link" href={`/draft/${slug}/export.md${query}`} download>
              {t("workspace:exports.markdown")}
            </a>
          </li>
          <li>
            <a className="button-link" href={`/draft/${slug}/export.docx${query}`} download>
              {t("workspace:exports.word")}
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t("workspace:report.countsHeading")}</h2>
        <table>
          <caption>{t("workspace:report.countsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("workspace:report.themeColumn")}</th>
              <th scope="col">{regionLabel}</th>
            </tr>
          </thead>
          <tbody>
            {report.counts.rows.map((row) => (
              <tr key={row.theme}>
                <th scope="row">{t(themeLabelKeys[row.theme])}</th>
                <td>
                  <ShownCountText count={row.count} />
                </td>
              </tr>
            ))}
          </tbody>
          {report.counts.total ? (
            <tfoot>
              <tr>
                <th scope="row">{t("workspace:report.allContributions")}</th>
                <td>
                  <ShownCountText count={report.counts.total} />
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
        {report.counts.total ? null : <p>{t("workspace:report.noTotals")}</p>}
      </section>

      {report.selfDescription.dimensions.length > 0 ? (
        <section aria-labelledby="self-description-heading">
          <h2 id="self-description-heading">{t("workspace:selfDescription.heading")}</h2>
          <p>{t("workspace:selfDescription.intro", { k: report.k })}</p>
          <p>{t("workspace:selfDescription.notCounted")}</p>
          {report.selfDescription.byLanguageOrKind ? <p>{t("workspace:selfDescription.byLanguageOrKind")}</p> : null}
          {report.selfDescription.dimensions.map(({ dimension, rows }) => {
            return (
              <table key={dimension}>
                <caption>{t("workspace:selfDescription.caption", { dimension: t(dimensionLabelKeys[dimension]) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("workspace:selfDescription.valueColumn")}</th>
                    <th scope="col">{regionLabel}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.value}>
                      <th scope="row">{t(valueLabelKey(dimension, row.value))}</th>
                      <td>
                        <ShownCountText count={row.count} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </section>
      ) : null}

      <section aria-labelledby="syntheses-heading">
        <h2 id="syntheses-heading">{t("workspace:report.synthesesHeading")}</h2>
        {report.syntheses.length === 0 ? <p>{t("workspace:report.noSyntheses")}</p> : null}
        {report.syntheses.map((synthesis) => {
          const id = `synthesis-${synthesis.theme}-${synthesis.principleNumber ?? "all"}`;
          return (
            <section key={id} aria-labelledby={id} className="report-theme">
              <h3 id={id}>
                {synthesis.principleNumber === null
                  ? t("workspace:report.synthesisTheme", { theme: t(themeLabelKeys[synthesis.theme]), version: synthesis.version, date: synthesis.publishedOn })
                  : t("workspace:report.synthesisPrinciple", {
                      theme: t(themeLabelKeys[synthesis.theme]),
                      number: synthesis.principleNumber,
                      version: synthesis.version,
                      date: synthesis.publishedOn,
                    })}
              </h3>
              {sections
                .filter((section) => synthesis.markdown[section].trim() !== "")
                .map((section) => (
                  // Unnamed, so not a landmark: every synthesis has a "What participants said", and landmarks of one name
                  // would be indistinguishable in a screen reader's list. The heading still marks it.
                  <section key={section}>
                    <h4>{t(sectionKeys[section])}</h4>
                    {/* markdown-it with html:false: facilitators' Markdown, never raw HTML. */}
                    <div dir="auto" dangerouslySetInnerHTML={{ __html: synthesis.html[section] }} />
                  </section>
                ))}
            </section>
          );
        })}
      </section>

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{t("workspace:report.quotesHeading")}</h2>
        <p>{t("workspace:report.quotesIntro")}</p>
        {report.quotes.length === 0 ? <p>{t("workspace:report.noQuotes")}</p> : null}
        <ul className="card-list">
          {report.quotes.map((quote, index) => (
            // Quotes carry no id to the page; the list is never reordered.
            <li key={index} className="card">
              <figure>
                <blockquote lang={quote.language} dir="auto" className="message-body">
                  {quote.text}
                </blockquote>
                <figcaption>{quote.from}</figcaption>
              </figure>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
