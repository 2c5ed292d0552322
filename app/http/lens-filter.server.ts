/**
 * A lens as it comes in a drafter's address (issue 13): `?lens=<key>` is
 * the one canonical address of a lens view (lensKey: parts in dimension
 * order, joined by "&"). The lens form sends its two selects instead
 * (`lens1`, `lens2`: "dimension=value" each, "" for none); those are read
 * into the key and answered with a redirect to the canonical address, so
 * one query has one address and one answer.
 *
 * Only the form is checked here; whether the dimension is one a readable
 * consultation asks about is the summaries module's answer (lens-scope).
 * A lens never combines with the language, region or kind filters
 * (lens-tables.server.ts pools the regions a drafter reads).
 */
import { data, redirect } from "@remix-run/node";
import { isDimension, isDimensionValue, lensKey, maxLensDimensions, type Lens, type LensPart } from "~/modules/self-description/dimensions";

export type LensProblem = "tooMany" | "sameDimension" | "unknownValue" | "withFilters";
export type RequestedLens = { kind: "none" } | { kind: "lens"; lens: Lens } | { kind: "redirect"; to: string } | { kind: "invalid"; problem: LensProblem };

const lensParams = ["lens", "lens1", "lens2"] as const;

export function readLens(request: Request): RequestedLens {
  const url = new URL(request.url);
  const search = url.searchParams;
  const given = lensParams.flatMap((name) => search.getAll(name).map((value) => ({ name, value })));
  const pieces = given.flatMap(({ name, value }) => (value === "" ? [] : name === "lens" ? value.split("&") : [value]));
  if (pieces.length === 0) {
    // The form sent with "everyone" in both selects: back to the page without a lens.
    return given.length > 0 ? { kind: "redirect", to: withoutLens(url) } : { kind: "none" };
  }
  if (pieces.length > maxLensDimensions || search.getAll("lens").length > 1) return { kind: "invalid", problem: "tooMany" };
  const parts: LensPart[] = [];
  for (const piece of pieces) {
    const [dimension, value, extra] = piece.split("=");
    if (extra !== undefined || !isDimension(dimension) || !isDimensionValue(dimension, value)) return { kind: "invalid", problem: "unknownValue" };
    parts.push({ dimension, value: value! });
  }
  if (parts.length === 2 && parts[0]!.dimension === parts[1]!.dimension) return { kind: "invalid", problem: "sameDimension" };
  if (["language", "region", "kind"].some((name) => (search.get(name) ?? "") !== "")) return { kind: "invalid", problem: "withFilters" };
  const lens = parts as unknown as Lens;
  const key = lensKey(lens);
  // Canonical: the key itself as the one `lens` value (however the address escapes it), no selects.
  const canonical = given.length === 1 && given[0]!.name === "lens" && given[0]!.value === key;
  return canonical ? { kind: "lens", lens } : { kind: "redirect", to: `${url.pathname}?${new URLSearchParams({ lens: key }).toString()}` };
}

function withoutLens(url: URL): string {
  const search = new URLSearchParams(url.search);
  for (const name of lensParams) search.delete(name);
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/** The page with its message, status 400 (never a 500). */
export function lensProblemResponse(problem: LensProblem) {
  return data({ kind: "badLens" as const, problem }, { status: 400 });
}

/** The route's answer for what readLens found before any reading: a redirect or a 400, or null to go on. */
export function lensEarlyResponse(requested: RequestedLens) {
  if (requested.kind === "redirect") return redirect(requested.to);
  if (requested.kind === "invalid") return lensProblemResponse(requested.problem);
  return null;
}
