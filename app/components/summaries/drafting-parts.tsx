import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/select-field";
import { languageNames, isSupportedLanguage } from "~/modules/i18n/config";
import type { Theme } from "~/generated/prisma/enums";

export type DraftingFilters = { language?: string; region?: string; kind?: "online" | "in_person" };
export type FilterRegion = { slug: string; title: string };

/** The filters as a query string ("" without any), so links between the drafters' pages keep them. */
export function filterQuery(filters: DraftingFilters): string {
  const search = new URLSearchParams();
  for (const name of ["language", "region", "kind"] as const) {
    const value = filters[name];
    if (value) search.set(name, value);
  }
  const query = search.toString();
  return query ? `?${query}` : "";
}

export const themePath = (theme: Theme | string, filters: DraftingFilters) => `/draft/themes/${theme}${filterQuery(filters)}`;
export const principlePath = (number: number | string, filters: DraftingFilters) => `/draft/principles/${number}${filterQuery(filters)}`;

export function languageName(code: string): string {
  return isSupportedLanguage(code) ? languageNames[code] : code;
}

/** Keys written out in full, so the unused-key check can see them. */
export const kindLabelKeys = { online: "workspace:drafting.filters.online", in_person: "workspace:drafting.filters.inPerson" } as const;
export const stanceKeys: Record<string, string> = {
  agree: "workspace:drafting.stance.agree",
  partly: "workspace:drafting.stance.partly",
  disagree: "workspace:drafting.stance.disagree",
  not_sure: "workspace:drafting.stance.notSure",
};

/**
 * A GET form, so it works with JavaScript off and a filtered view has its
 * own address. "Language of input", not "Language": the language switcher
 * on the same page is a select named "Language".
 */
export function SummaryFilterForm({
  filters,
  regions,
  languages,
  headingLevel = 2,
}: {
  filters: DraftingFilters;
  regions: readonly FilterRegion[];
  languages: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("workspace");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { pathname } = useLocation();
  return (
    <Form method="get" className="summary-filters" aria-labelledby="summary-filters-heading">
      <Heading id="summary-filters-heading">{t("drafting.filters.heading")}</Heading>
      <SelectField label={t("drafting.filters.language")} name="language" defaultValue={filters.language ?? ""}>
        <option value="">{t("drafting.filters.allLanguages")}</option>
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("drafting.filters.region")} name="region" defaultValue={filters.region ?? ""}>
        <option value="">{t("drafting.filters.allRegions")}</option>
        {regions.map((region) => (
          <option key={region.slug} value={region.slug}>
            {region.title}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("drafting.filters.kind")} name="kind" defaultValue={filters.kind ?? ""}>
        <option value="">{t("drafting.filters.allKinds")}</option>
        <option value="online">{t(kindLabelKeys.online)}</option>
        <option value="in_person">{t(kindLabelKeys.in_person)}</option>
      </SelectField>
      <button type="submit">{t("drafting.filters.apply")}</button>
      {filterQuery(filters) ? (
        <p>
          {t("drafting.filters.filteredNote")} <Link to={pathname}>{t("drafting.filters.clear")}</Link>
        </p>
      ) : null}
    </Form>
  );
}

/** Keys written out in full, so the unused-key check can see them. */
const unknownKeys = {
  language: "workspace:drafting.unknown.language",
  region: "workspace:drafting.unknown.region",
  kind: "workspace:drafting.unknown.kind",
  theme: "workspace:drafting.unknown.theme",
  principle: "workspace:drafting.unknown.principle",
} as const;

/** The page of a 400: which value is not one this drafter can read, and the way back. */
export function UnknownFilterMessage({ what }: { what: keyof typeof unknownKeys }) {
  const { t } = useTranslation("workspace");
  return (
    <section className="prose">
      <title>{t("drafting.unknown.title")}</title>
      <h1>{t("drafting.unknown.title")}</h1>
      <p>{t(unknownKeys[what])}</p>
      <p>
        <Link to="/draft">{t("drafting.unknown.showAll")}</Link>
      </p>
    </section>
  );
}
