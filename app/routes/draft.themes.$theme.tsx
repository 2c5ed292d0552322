import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BarChart } from "~/components/summaries/bar-chart";
import { SummaryFilterForm, UnknownFilterMessage, filterQuery, principlePath } from "~/components/summaries/drafting-parts";
import { LensFilterForm, LensProblemMessage, LensViewSection, lensQuery } from "~/components/summaries/lens-parts";
import { lensEarlyResponse, lensProblemResponse, readLens } from "~/http/lens-filter.server";
import { requirePermission } from "~/http/require-permission.server";
import { detectLanguage } from "~/http/i18n.server";
import { translatedTitleMeta } from "~/http/meta";
import { readSummaryFilters, unknownFilterResponse } from "~/http/summary-filters.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { showThemeAcrossRegions } from "~/modules/summaries/show-theme-across-regions.server";
import type { Theme } from "~/generated/prisma/enums";

export const handle = { i18n: ["workspace", "selfdescription"] };

export const meta = translatedTitleMeta<{ kind: string; theme?: Theme }>((t, data) =>
  data?.kind === "ok" && data.theme ? t("workspace:drafting.theme.title", { theme: t(themeLabelKeys[data.theme]) }) : t("workspace:drafting.unknown.title"),
);

/** An unknown theme is a 400 with its message, like an unknown filter value: the address was mistyped, nothing is hidden. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "consultation:read-summaries-across", undefined);
  const requested = readSummaryFilters(request);
  if (!requested.ok) return unknownFilterResponse(requested.unknown);
  const lens = readLens(request);
  const early = lensEarlyResponse(lens);
  if (early) return early;
  const view = await showThemeAcrossRegions({
    memberships: actor.memberships,
    language: await detectLanguage(request),
    theme: params.theme ?? "",
    filters: requested.filters,
    lens: lens.kind === "lens" ? lens.lens : undefined,
  });
  if (view.kind === "unknown") return unknownFilterResponse(view);
  if (view.kind === "badLens") return lensProblemResponse(view.problem);
  return view;
}

export default function ThemeAcrossRegionsPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tw } = useTranslation("workspace");
  if (data.kind === "unknown") return <UnknownFilterMessage what={data.what} />;
  if (data.kind === "badLens") return <LensProblemMessage problem={data.problem} />;
  const { scope, theme, principles, table, lensOptions, lensView } = data;
  const themeName = t(themeLabelKeys[theme]);
  const regionTitle = new Map(scope.regions.map((region) => [region.slug, region.title]));
  const titleOf = new Map(principles.map((principle) => [String(principle.number), principle.title]));
  return (
    <section className="prose">
      <p>
        <Link to={`/draft${filterQuery(scope.filters)}`}>{tw("drafting.nav.overview")}</Link>
      </p>
      <h1>{tw("drafting.theme.title", { theme: themeName })}</h1>
      <p>
        <Link to={`/draft/themes/${theme}/differences`}>{tw("differences.link")}</Link>
      </p>
      <SummaryFilterForm filters={scope.filters} regions={scope.regions} languages={scope.languages} />
      <LensFilterForm options={lensOptions} current={lensView?.lens ?? null} />
      {lensView ? (
        <LensViewSection
          view={lensView}
          caption={(group) => tw("lens.themeCaption", { theme: themeName, group })}
          corner={tw("drafting.table.principle")}
          rowLabel={(number) => {
            const title = titleOf.get(number);
            return title ? tw("drafting.principle.labelWithTitle", { number, title }) : tw("drafting.principle.label", { number });
          }}
          rowHref={(number) => `/draft/principles/${number}${lensQuery(lensView.lens)}`}
        />
      ) : null}
      {table.rows.length === 0 ? (
        <p>{tw("drafting.theme.noPrinciples")}</p>
      ) : (
        <BarChart
          table={table}
          caption={tw("drafting.theme.caption", { theme: themeName })}
          corner={tw("drafting.table.principle")}
          labels={{
            row: (number) => {
              const title = titleOf.get(number);
              return title ? tw("drafting.principle.labelWithTitle", { number, title }) : tw("drafting.principle.label", { number });
            },
            rowHref: (number) => principlePath(number, scope.filters),
            column: (slug) => regionTitle.get(slug) ?? slug,
            columnHref: (slug) => `/draft/${slug}`,
          }}
        />
      )}
      {principles.length > 0 ? (
        <nav aria-labelledby="principle-pages-heading">
          <h2 id="principle-pages-heading">{tw("drafting.theme.principlesHeading")}</h2>
          <ul>
            {principles.map((principle) => (
              <li key={principle.number}>
                <Link to={principlePath(principle.number, scope.filters)}>
                  {principle.title ? tw("drafting.principle.labelWithTitle", { number: principle.number, title: principle.title }) : tw("drafting.principle.label", { number: principle.number })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
