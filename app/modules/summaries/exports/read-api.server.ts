/**
 * STAND-IN for the lead's read-side API (summary-scope, summary-tables,
 * published-syntheses, shown-count) until it is on main: the declared
 * types, and functions that refuse to run. Replaced by imports on merge.
 */
import type { Theme } from "~/generated/prisma/enums";
import type { Actor } from "~/modules/auth/actor.server";

export type ShownCount = { kind: "count"; value: number } | { kind: "fewer"; k: number } | { kind: "withheld" };
export type ProtectedCounts = { k: number; cells: ShownCount[][]; rowTotals: ShownCount[]; columnTotals: ShownCount[]; total: ShownCount };
export type SummaryFilters = { language?: string; region?: string; kind?: "online" | "in_person" };
export type SummaryRegion = { consultationId: string; slug: string; title: string; city: string; country: string; k: number; languages: string[] };
export type SummaryTable = {
  k: number;
  rows: Array<{ key: string; label?: string }>;
  columns: Array<{ key: string; label?: string }>;
  counts: ProtectedCounts;
  filtered: boolean;
};
export type SynthesisSections = { said: string; change: string; emerging: string };
export type PublishedSynthesis = {
  consultationId: string;
  theme: Theme;
  principleNumber: number | null;
  version: number;
  publishedOn: string;
  markdown: SynthesisSections;
  html: SynthesisSections;
};
export type SummaryQuote = {
  answerId: string;
  consultationId: string;
  theme: Theme;
  principleNumbers: number[];
  text: string;
  language: string;
  kind: "online" | "in_person";
  month: string;
};

const missing = (): never => {
  throw new Error("The read-side API is not on this branch yet");
};
export async function listReadableRegions(_memberships: Extract<Actor, { kind: "staff" }>["memberships"], _language: string): Promise<SummaryRegion[]> {
  return missing();
}
export async function themesByRegion(_regions: SummaryRegion[], _filters: SummaryFilters): Promise<SummaryTable> {
  return missing();
}
export function isCellShown(table: SummaryTable, rowKey: string, columnKey: string): boolean {
  const row = table.rows.findIndex((entry) => entry.key === rowKey);
  const column = table.columns.findIndex((entry) => entry.key === columnKey);
  return row >= 0 && column >= 0 && table.counts.cells[row]?.[column]?.kind === "count";
}
export async function listPublishedSyntheses(_input: { consultationIds: string[]; theme?: Theme; principleNumber?: number }): Promise<PublishedSynthesis[]> {
  return missing();
}
export async function listPublishedQuotes(_input: {
  consultationIds: string[];
  audience: "drafters" | "public";
  theme?: Theme;
  principleNumber?: number;
}): Promise<SummaryQuote[]> {
  return missing();
}
export async function listQuotableAnswers(_input: {
  consultationIds: string[];
  audience: "drafters" | "public";
  theme?: Theme;
  principleNumber?: number;
}): Promise<Array<SummaryQuote & { stance: string | null }>> {
  return missing();
}
