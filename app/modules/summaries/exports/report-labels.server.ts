/**
 * The words of a report file, in the exporting person's language, from the
 * same translation keys as the page — a count reads exactly as on the page
 * ("fewer than 5", "not shown").
 */
import type { TFunction } from "i18next";
import type { Theme } from "~/generated/prisma/enums";
import { themeLabelKeys } from "~/modules/consultations/themes";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import type { SummaryFilters, SummaryRegion } from "~/modules/summaries/summary-scope.server";
import type { SummaryQuote } from "~/modules/summaries/published-syntheses.server";
import { dimensionLabelKeys, valueLabelKey } from "~/modules/self-description/dimension-labels";
import type { Dimension } from "~/modules/self-description/dimensions";
import { formattingLocale } from "~/modules/i18n/config";

export type ReportLabels = ReturnType<typeof reportLabels>;

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function reportLabels(t: TFunction, language: string) {
  const number = new Intl.NumberFormat(formattingLocale(language));
  const month = new Intl.DateTimeFormat(formattingLocale(language), { year: "numeric", month: "long", timeZone: "UTC" });
  const labels = {
    language,
    theme: (theme: Theme) => t(themeLabelKeys[theme]),
    region: (region: SummaryRegion) => (region.city && region.country ? t("workspace:report.region", { city: region.city, country: region.country }) : region.title),
    count: (count: ShownCount) =>
      count.kind === "count"
        ? number.format(count.value)
        : count.kind === "fewer"
          ? t("workspace:disclosure.fewer", { k: count.k })
          : t("workspace:disclosure.withheld"),
    dimension: (dimension: Dimension) => t(dimensionLabelKeys[dimension]),
    dimensionValue: (dimension: Dimension, value: string) => t(valueLabelKey(dimension, value)),
    selfDescriptionCaption: (dimension: Dimension) => t("workspace:selfDescription.caption", { dimension: t(dimensionLabelKeys[dimension]) }),
    selfDescriptionIntro: (k: number) => t("workspace:selfDescription.intro", { k }),
    kRule: (k: number) => t("workspace:disclosure.explainer", { k }),
    kind: (kind: "online" | "in_person") => (kind === "online" ? t("workspace:queue.kind.online") : t("workspace:queue.kind.inPerson")),
    languageName: (code: string) => languageName(code, language),
    month: (yearMonth: string) => month.format(new Date(`${yearMonth}-01T00:00:00Z`)),
    quoteFrom: (quote: SummaryQuote, region: SummaryRegion) =>
      t("workspace:report.quoteFrom", {
        language: languageName(quote.language, language),
        region: labels.region(region),
        kind: labels.kind(quote.kind),
        month: labels.month(quote.month),
      }),
    filters: (filters: SummaryFilters, theme: Theme | undefined): string | null => {
      const parts = [
        filters.language ? t("workspace:report.filterLanguage", { value: languageName(filters.language, language) }) : null,
        filters.kind ? t("workspace:report.filterKind", { value: labels.kind(filters.kind) }) : null,
        theme ? t("workspace:report.filterTheme", { value: labels.theme(theme) }) : null,
      ].filter((part): part is string => part !== null);
      return parts.length ? t("workspace:report.filtersLine", { filters: parts.join("; ") }) : null;
    },
    synthesisHeading: (synthesis: { theme: Theme; principleNumber: number | null; version: number; publishedOn: string }) =>
      synthesis.principleNumber === null
        ? t("workspace:report.synthesisTheme", { theme: labels.theme(synthesis.theme), version: synthesis.version, date: synthesis.publishedOn })
        : t("workspace:report.synthesisPrinciple", {
            theme: labels.theme(synthesis.theme),
            number: synthesis.principleNumber,
            version: synthesis.version,
            date: synthesis.publishedOn,
          }),
    text: {
      countsHeading: t("workspace:report.countsHeading"),
      countsCaption: t("workspace:report.countsCaption"),
      themeColumn: t("workspace:report.themeColumn"),
      allContributions: t("workspace:report.allContributions"),
      noTotals: t("workspace:report.noTotals"),
      synthesesHeading: t("workspace:report.synthesesHeading"),
      noSyntheses: t("workspace:report.noSyntheses"),
      said: t("workspace:report.said"),
      change: t("workspace:report.change"),
      emerging: t("workspace:report.emerging"),
      quotesHeading: t("workspace:report.quotesHeading"),
      quotesIntro: t("workspace:report.quotesIntro"),
      noQuotes: t("workspace:report.noQuotes"),
      selfDescriptionHeading: t("workspace:selfDescription.heading"),
      selfDescriptionNotCounted: t("workspace:selfDescription.notCounted"),
      selfDescriptionByLanguageOrKind: t("workspace:selfDescription.byLanguageOrKind"),
      selfDescriptionValueColumn: t("workspace:selfDescription.valueColumn"),
    },
  };
  return labels;
}
