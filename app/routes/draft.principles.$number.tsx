import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BarChart } from "~/components/summaries/bar-chart";
import {
  SummaryFilterForm,
  UnknownFilterMessage,
  filterQuery,
  kindLabelKeys,
  languageName,
  stanceKeys,
  themePath,
} from "~/components/summaries/drafting-parts";
import { LensFilterForm, LensProblemMessage, LensViewSection } from "~/components/summaries/lens-parts";
import { lensEarlyResponse, lensProblemResponse, readLens } from "~/http/lens-filter.server";
import { requirePermission } from "~/http/require-permission.server";
import { detectLanguage } from "~/http/i18n.server";
import { translatedTitleMeta } from "~/http/meta";
import { readSummaryFilters, unknownFilterResponse } from "~/http/summary-filters.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { showPrincipleAcrossRegions } from "~/modules/summaries/show-principle-across-regions.server";
import { formattingLocale } from "~/modules/i18n/config";

export const handle = { i18n: ["workspace", "selfdescription"] };

export const meta = translatedTitleMeta<{ kind: string; principle?: { number: number } }>((t, data) =>
  data?.kind === "ok" && data.principle ? t("workspace:drafting.principle.label", { number: data.principle.number }) : t("workspace:drafting.unknown.title"),
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "consultation:read-summaries-across", undefined);
  const requested = readSummaryFilters(request);
  if (!requested.ok) return unknownFilterResponse(requested.unknown);
  const lens = readLens(request);
  const early = lensEarlyResponse(lens);
  if (early) return early;
  const view = await showPrincipleAcrossRegions({
    memberships: actor.memberships,
    language: await detectLanguage(request),
    number: params.number ?? "",
    filters: requested.filters,
    lens: lens.kind === "lens" ? lens.lens : undefined,
  });
  if (view.kind === "unknown") return unknownFilterResponse(view);
  if (view.kind === "badLens") return lensProblemResponse(view.problem);
  return view;
}

/** "2026-03" as "March 2026": never a date finer than the month. */
function monthName(month: string, language: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  if (!year || !monthNumber) return month;
  return new Intl.DateTimeFormat(formattingLocale(language), { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, monthNumber - 1, 1));
}

const sectionKeys = {
  said: "workspace:drafting.principle.said",
  change: "workspace:drafting.principle.change",
  emerging: "workspace:drafting.principle.emerging",
} as const;

export default function PrincipleAcrossRegionsPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tw, i18n } = useTranslation("workspace");
  if (data.kind === "unknown") return <UnknownFilterMessage what={data.what} />;
  if (data.kind === "badLens") return <LensProblemMessage problem={data.problem} />;
  const { scope, principle, stances, syntheses, quotes, lensOptions, lensView } = data;
  const regionTitle = new Map(scope.regions.map((region) => [region.slug, region.title]));
  const titleById = new Map(scope.regions.map((region) => [region.consultationId, region.title]));
  const themeName = t(themeLabelKeys[principle.theme]);
  return (
    <section className="prose">
      <p>
        <Link to={`/draft${filterQuery(scope.filters)}`}>{tw("drafting.nav.overview")}</Link>
        {" · "}
        <Link to={themePath(principle.theme, scope.filters)}>{tw("drafting.theme.title", { theme: themeName })}</Link>
      </p>
      <h1>
        {principle.title ? (
          <>
            {tw("drafting.principle.label", { number: principle.number })}: <span lang={principle.titleLanguage}>{principle.title}</span>
          </>
        ) : (
          tw("drafting.principle.label", { number: principle.number })
        )}
      </h1>
      <SummaryFilterForm filters={scope.filters} regions={scope.regions} languages={scope.languages} />
      <LensFilterForm options={lensOptions} current={lensView?.lens ?? null} />
      {lensView ? (
        <LensViewSection
          view={lensView}
          caption={(group) => tw("lens.principleCaption", { number: principle.number, group })}
          corner={tw("lens.stance")}
          rowLabel={(stance) => (stanceKeys[stance] ? tw(stanceKeys[stance]!) : stance)}
        />
      ) : null}
      <h2>{tw("drafting.principle.stancesHeading")}</h2>
      <BarChart
        table={stances}
        caption={tw("drafting.principle.caption", { number: principle.number })}
        corner={tw("drafting.table.region")}
        shares="row"
        labels={{
          row: (slug) => regionTitle.get(slug) ?? slug,
          rowHref: (slug) => `/draft/${slug}`,
          column: (stance) => (stanceKeys[stance] ? tw(stanceKeys[stance]!) : stance),
        }}
      />
      <section aria-labelledby="syntheses-heading">
        <h2 id="syntheses-heading">{tw("drafting.principle.synthesesHeading")}</h2>
        {syntheses.length === 0 ? <p>{tw("drafting.principle.noSyntheses")}</p> : null}
        {syntheses.map((synthesis) => (
          <article key={synthesis.consultationId} aria-labelledby={`synthesis-${synthesis.consultationId}`}>
            <h3 id={`synthesis-${synthesis.consultationId}`}>
              {tw("drafting.principle.synthesisOf", {
                region: titleById.get(synthesis.consultationId) ?? "",
                version: synthesis.version,
                month: monthName(synthesis.publishedOn.slice(0, 7), i18n.language),
              })}
            </h3>
            {(["said", "change", "emerging"] as const).map((section) =>
              synthesis.markdown[section].trim() ? (
                <section key={section}>
                  <h4>{tw(sectionKeys[section])}</h4>
                  {/* markdown-it with html off (published-syntheses.server): no markup of the author's own reaches the page. */}
                  <div dir="auto" dangerouslySetInnerHTML={{ __html: synthesis.html[section] }} />
                </section>
              ) : null,
            )}
          </article>
        ))}
      </section>
      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{tw("drafting.principle.quotesHeading")}</h2>
        <p>{tw("drafting.principle.quotesIntro")}</p>
        {lensView ? <p>{tw("lens.quotesIntro")}</p> : null}
        {quotes.length === 0 ? (
          <p>{tw("drafting.principle.noQuotes")}</p>
        ) : (
          <ul className="card-list">
            {quotes.map((quote) => (
              <li key={quote.answerId} className="card">
                <blockquote lang={quote.language} dir="auto" className="message-body">
                  {quote.text}
                </blockquote>
                <p>
                  {tw("drafting.principle.quoteMeta", {
                    language: languageName(quote.language),
                    region: titleById.get(quote.consultationId) ?? "",
                    kind: tw(kindLabelKeys[quote.kind]),
                    month: monthName(quote.month, i18n.language),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
