/**
 * The drafters' filters from a query string (?language=&region=&kind=&theme=),
 * parsed once for the report page and every export, so a download holds
 * exactly what the page showed. An unknown value is refused (400) with a
 * message naming the filter, never silently dropped: a drafter must not
 * take an unfiltered file for a filtered one.
 */
import { z } from "zod";
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import type { SummaryFilters, SummaryRegion } from "~/modules/summaries/summary-scope.server";
import { fixedTranslator } from "./i18n.server";
import { filterFields, optionalFilter } from "./summary-filters.server";

export type ParsedSummaryFilters = { filters: SummaryFilters; theme?: Theme };

/** Translation keys written out in full, so the unused-key check can see them. */
const unknownFilterKeys: Record<string, string> = {
  language: "workspace:exports.unknownFilter.language",
  region: "workspace:exports.unknownFilter.region",
  kind: "workspace:exports.unknownFilter.kind",
  theme: "workspace:exports.unknownFilter.theme",
};

export function parseSummaryFilters(url: URL, scope: { regions: readonly SummaryRegion[] }, language: string): ParsedSummaryFilters {
  const regionSlugs = scope.regions.map((region) => region.slug);
  const languages = [...new Set(scope.regions.flatMap((region) => region.languages))];
  // The pages' form (summary-filters.server.ts), and here the report's own scope: only its region and languages.
  const schema = z.object({
    language: filterFields.language.refine((value) => value === undefined || languages.includes(value), "language"),
    region: filterFields.region.refine((value) => value === undefined || regionSlugs.includes(value), "region"),
    kind: filterFields.kind,
    theme: optionalFilter(z.enum(themes)),
  });
  const query = Object.fromEntries(["language", "region", "kind", "theme"].map((name) => [name, url.searchParams.get(name)]));
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const t = fixedTranslator(language);
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    // Plain text: the export routes have no page to show it on, and the report page's error boundary shows its own 400.
    throw new Response(names.map((name) => t(unknownFilterKeys[name] ?? unknownFilterKeys.theme!)).join("\n"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { theme, ...filters } = parsed.data;
  return { filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as SummaryFilters, theme };
}

/** The query string that carries the same filters to the downloads. */
export function summaryFilterQuery(parsed: ParsedSummaryFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...parsed.filters, theme: parsed.theme })) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
