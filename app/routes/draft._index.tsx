import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HostedConsultations } from "~/components/hosted-consultations";
import { BarChart } from "~/components/summaries/bar-chart";
import { SelfDescriptionSection } from "~/components/summaries/self-description-section";
import { SummaryFilterForm, UnknownFilterMessage, themePath } from "~/components/summaries/drafting-parts";
import { requirePermission } from "~/http/require-permission.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { readSummaryFilters, unknownFilterResponse } from "~/http/summary-filters.server";
import { themeLabelKeys, themes as themeList } from "~/modules/consultations/themes";
import { listHostedConsultations, listStaffOrganisations } from "~/modules/orgs/list-staff-workspace.server";
import { staffRoleKeys } from "~/modules/orgs/role-labels";
import { showDraftingOverview } from "~/modules/summaries/show-drafting-overview.server";
import type { Theme } from "~/generated/prisma/enums";

export const handle = { i18n: ["workspace", "selfdescription"] };

export const meta = titleMeta("draft.title");

/**
 * Only consultations hosted by an organisation where this person is a drafter,
 * and the overview across them. Someone without that role is told what their
 * role is instead of being told there is nothing.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "staff:workspace", undefined);
  const hasDraft = actor.memberships.some((membership) => membership.role === "drafter");
  const language = await detectLanguage(request);
  if (!hasDraft) return { kind: "not-drafter" as const, roles: await listStaffOrganisations(actor.memberships) };
  const requested = readSummaryFilters(request);
  if (!requested.ok) return unknownFilterResponse(requested.unknown);
  const overview = await showDraftingOverview({ memberships: actor.memberships, language, filters: requested.filters });
  if (overview.kind === "unknown") return unknownFilterResponse(overview);
  return { ...overview, consultations: await listHostedConsultations(actor.memberships, "drafter", language) };
}

export default function DraftListPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tw } = useTranslation("workspace");
  if (data.kind === "unknown") return <UnknownFilterMessage what={data.what} />;
  if (data.kind === "not-drafter") {
    const yourRoles = data.roles
      .flatMap((organisation) => organisation.roles.map((role) => t("staff.home.roleIn", { role: t(staffRoleKeys[role]), organisation: organisation.name })))
      .join("; ");
    return (
      <section className="prose">
        <h1>{t("draft.title")}</h1>
        <p>{yourRoles ? t("draft.notYourRole", { roles: yourRoles }) : t("draft.noRole")}</p>
        <p>
          <Link to="/staff">{t("staff.home.backToWorkspace")}</Link>
        </p>
      </section>
    );
  }
  const { scope, contributions, themes, selfDescription, consultations } = data;
  const regionTitle = new Map(scope.regions.map((region) => [region.slug, region.title]));
  const regionLabels = { column: (slug: string) => regionTitle.get(slug) ?? slug, columnHref: (slug: string) => `/draft/${slug}` };
  return (
    <section className="prose">
      <h1>{t("draft.title")}</h1>
      {consultations.length === 0 ? (
        <p>{t("draft.none")}</p>
      ) : (
        <HostedConsultations consultations={consultations} linkTo={(consultation) => `/draft/${consultation.slug}`} caption={t("draft.caption")} />
      )}
      {scope.regions.length > 0 ? (
        <section aria-labelledby="overview-heading">
          <h2 id="overview-heading">{tw("drafting.overview.heading")}</h2>
          <p>{tw("drafting.overview.intro")}</p>
          <SummaryFilterForm filters={scope.filters} regions={scope.regions} languages={scope.languages} headingLevel={3} />
          <h3>{tw("drafting.overview.contributionsHeading")}</h3>
          <BarChart
            table={contributions}
            caption={tw("drafting.overview.contributionsCaption")}
            corner={tw("drafting.table.what")}
            labels={{ ...regionLabels, row: () => tw("drafting.table.allContributions") }}
            hideGroupLabel
          />
          <h3>{tw("drafting.overview.themesHeading")}</h3>
          <BarChart
            table={themes}
            caption={tw("drafting.overview.themesCaption")}
            corner={tw("drafting.table.theme")}
            labels={{ ...regionLabels, row: (theme) => t(themeLabelKeys[theme as Theme]), rowHref: (theme) => themePath(theme, scope.filters) }}
          />
          <SelfDescriptionSection
            tables={selfDescription.tables}
            byLanguageOrKind={selfDescription.byLanguageOrKind}
            k={contributions.k}
            columnLabels={regionLabels}
            headingLevel={3}
          />
          <nav aria-labelledby="theme-pages-heading">
            <h3 id="theme-pages-heading">{tw("drafting.nav.themes")}</h3>
            <ul>
              {themeList.map((theme) => (
                <li key={theme}>
                  <Link to={themePath(theme, scope.filters)}>{t(themeLabelKeys[theme])}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </section>
      ) : null}
    </section>
  );
}
