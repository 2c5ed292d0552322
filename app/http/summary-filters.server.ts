/**
 * The drafters' filters (language of input, region, kind) as they come in
 * a GET form's query string. Only their form is checked here; whether a
 * language or region is one this drafter may read is the summaries
 * module's answer (resolveDraftingScope), so both come back as the same
 * "unknown" 400 and a region of another organisation is never told apart
 * from one that does not exist.
 */
import { data } from "@remix-run/node";
import { z } from "zod";

export type FilterField = "language" | "region" | "kind";
export type RequestedFilters = { language?: string; region?: string; kind?: "online" | "in_person" };
/** What the page shows with its 400: which value was not known, as a translation key the page renders. */
export type UnknownFilter = { kind: "unknown"; what: FilterField | "theme" | "principle" };

// An empty value (or none) is the select's "all" option.
export const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** The filters' form, shared by the drafters' pages and the report's downloads (report-filters.server.ts). */
export const filterFields = {
  language: optionalFilter(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)),
  region: optionalFilter(z.string().regex(/^[a-z0-9-]{1,100}$/)),
  kind: optionalFilter(z.enum(["online", "in_person"])),
};

const filtersSchema = z.object(filterFields);

export function readSummaryFilters(request: Request): { ok: true; filters: RequestedFilters } | { ok: false; unknown: UnknownFilter } {
  const search = new URL(request.url).searchParams;
  const parsed = filtersSchema.safeParse({ language: search.get("language"), region: search.get("region"), kind: search.get("kind") });
  if (parsed.success) return { ok: true, filters: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  return { ok: false, unknown: { kind: "unknown", what: field === "language" || field === "region" ? field : "kind" } };
}

/** A filter value, theme or principle this drafter cannot read: the page with its message, status 400 (never a 500). */
export function unknownFilterResponse(unknown: UnknownFilter, requested: Record<string, string | undefined> = {}) {
  return data({ ...unknown, requested }, { status: 400 });
}
