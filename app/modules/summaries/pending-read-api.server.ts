/**
 * TEMPORARY: the lead's read-side API as declared in tasks/api.md, so this
 * branch typechecks before it lands. Replaced by imports of
 * summary-scope.server, summary-tables.server and published-syntheses.server
 * on `git merge main`.
 */
import type { Theme } from "~/generated/prisma/enums";
import type { Actor } from "~/modules/auth/actor.server";
import type { ShownCount } from "~/components/summaries/pending-api";

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
type StaffMemberships = Extract<Actor, { kind: "staff" }>["memberships"];
export declare function listReadableRegions(memberships: StaffMemberships, language: string): Promise<SummaryRegion[]>;
export declare function contributionsByRegion(regions: SummaryRegion[], filters: SummaryFilters): Promise<SummaryTable>;
export declare function themesByRegion(regions: SummaryRegion[], filters: SummaryFilters): Promise<SummaryTable>;
export declare function principlesByRegion(regions: SummaryRegion[], theme: Theme, filters: SummaryFilters): Promise<SummaryTable>;
export declare function stancesByRegion(regions: SummaryRegion[], principleNumber: number, filters: SummaryFilters): Promise<SummaryTable>;
export declare function isCellShown(table: SummaryTable, rowKey: string, columnKey: string): boolean;
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
export declare function listPublishedSyntheses(input: { consultationIds: string[]; theme?: Theme; principleNumber?: number }): Promise<PublishedSynthesis[]>;
export declare function listPublishedQuotes(input: {
  consultationIds: string[];
  audience: "drafters" | "public";
  theme?: Theme;
  principleNumber?: number;
}): Promise<SummaryQuote[]>;
