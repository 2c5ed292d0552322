/**
 * TEMPORARY: the lead's read-side API as declared in tasks/api.md, so this
 * branch typechecks before it lands. Replaced by imports of
 * summary-scope.server, summary-tables.server and published-syntheses.server
 * on `git merge main`.
 */
import type { Theme } from "~/generated/prisma/enums";
import type { Actor } from "~/modules/auth/actor.server";
import { protectTable, type ProtectedCounts } from "~/modules/disclosure/protect-table.server";
import { getDb } from "~/modules/db/db.server";
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { stances } from "~/modules/submissions/answer-fields";
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

// A bare stand-in (SummaryCell sums through protectTable), only so the pages can be tried before the lead's module lands.
export async function listReadableRegions(memberships: StaffMemberships, language: string): Promise<SummaryRegion[]> {
  const organisationIds = memberships.filter((membership) => membership.role === "drafter").map((membership) => membership.organisationId);
  const rows = await getDb().consultation.findMany({
    where: { hosts: { some: { organisationId: { in: organisationIds }, invitation: "accepted" } } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, regionCity: true, regionCountry: true, disclosureThreshold: true, languages: true, translations: { select: { language: true, title: true } } },
  });
  return rows.map((row) => ({
    consultationId: row.id,
    slug: row.slug,
    title: pickTranslation(row.translations, language, row.languages)?.value.title ?? row.slug,
    city: row.regionCity,
    country: row.regionCountry,
    k: row.disclosureThreshold,
    languages: row.languages,
  }));
}

async function sumCells(regions: SummaryRegion[], filters: SummaryFilters) {
  const cells = await getDb().summaryCell.findMany({
    where: {
      consultationId: { in: regions.map((region) => region.consultationId) },
      ...(filters.language ? { language: filters.language } : {}),
      ...(filters.kind ? { kind: filters.kind } : {}),
    },
  });
  return cells;
}

function build(rows: SummaryTable["rows"], columns: SummaryTable["columns"], counts: number[][], regions: SummaryRegion[], filters: SummaryFilters, dominance = false): SummaryTable {
  const k = Math.max(3, ...regions.map((region) => region.k));
  const filtered = Boolean(filters.language || filters.kind || filters.region);
  return { k, rows, columns, counts: protectTable({ counts, k, dominance }), filtered };
}

const inRegion = (regions: SummaryRegion[], filters: SummaryFilters) => (filters.region ? regions.filter((region) => region.slug === filters.region) : regions);

export async function contributionsByRegion(regions: SummaryRegion[], filters: SummaryFilters): Promise<SummaryTable> {
  const shown = inRegion(regions, filters);
  const cells = await sumCells(shown, filters);
  const sum = (region: SummaryRegion) => cells.filter((c) => c.consultationId === region.consultationId && c.theme === "" && c.principleId === "" && c.stance === "").reduce((a, c) => a + c.contributions, 0);
  return build([{ key: "all" }], shown.map((r) => ({ key: r.slug, label: r.title })), [shown.map(sum)], shown, filters);
}

export async function themesByRegion(regions: SummaryRegion[], filters: SummaryFilters): Promise<SummaryTable> {
  const shown = inRegion(regions, filters);
  const cells = await sumCells(shown, filters);
  const counts = themes.map((theme) =>
    shown.map((region) => cells.filter((c) => c.consultationId === region.consultationId && c.theme === theme && c.principleId === "" && c.stance === "").reduce((a, c) => a + c.contributions, 0)),
  );
  return build(themes.map((theme) => ({ key: theme })), shown.map((r) => ({ key: r.slug, label: r.title })), counts, shown, filters);
}

async function principleIdsByNumber(regions: SummaryRegion[], where: { theme?: Theme; number?: number }) {
  const rows = await getDb().draftPrinciple.findMany({
    where: { ...where, version: { consultations: { some: { id: { in: regions.map((r) => r.consultationId) } } } } },
    select: { id: true, number: true },
  });
  const byNumber = new Map<number, string[]>();
  for (const row of rows) byNumber.set(row.number, [...(byNumber.get(row.number) ?? []), row.id]);
  return new Map([...byNumber.entries()].sort((a, b) => a[0] - b[0]));
}

export async function principlesByRegion(regions: SummaryRegion[], theme: Theme, filters: SummaryFilters): Promise<SummaryTable> {
  const shown = inRegion(regions, filters);
  const ids = await principleIdsByNumber(regions, { theme });
  const cells = await sumCells(shown, filters);
  const counts = [...ids.values()].map((principleIds) =>
    shown.map((region) => cells.filter((c) => c.consultationId === region.consultationId && principleIds.includes(c.principleId) && c.stance === "").reduce((a, c) => a + c.contributions, 0)),
  );
  return build([...ids.keys()].map((n) => ({ key: String(n) })), shown.map((r) => ({ key: r.slug, label: r.title })), counts, shown, filters);
}

export async function stancesByRegion(regions: SummaryRegion[], principleNumber: number, filters: SummaryFilters): Promise<SummaryTable> {
  const shown = inRegion(regions, filters);
  const principleIds = (await principleIdsByNumber(regions, { number: principleNumber })).get(principleNumber) ?? [];
  const cells = await sumCells(shown, filters);
  const counts = shown.map((region) =>
    stances.map((stance) => cells.filter((c) => c.consultationId === region.consultationId && principleIds.includes(c.principleId) && c.stance === stance).reduce((a, c) => a + c.contributions, 0)),
  );
  return build(shown.map((r) => ({ key: r.slug, label: r.title })), stances.map((stance) => ({ key: stance })), counts, shown, filters, true);
}

export function isCellShown(table: SummaryTable, rowKey: string, columnKey: string): boolean {
  const row = table.rows.findIndex((candidate) => candidate.key === rowKey);
  const column = table.columns.findIndex((candidate) => candidate.key === columnKey);
  return row >= 0 && column >= 0 && table.counts.cells[row]![column]!.kind === "count";
}

export async function listPublishedSyntheses(_input: { consultationIds: string[]; theme?: Theme; principleNumber?: number }): Promise<PublishedSynthesis[]> {
  return [];
}

export async function listPublishedQuotes(_input: { consultationIds: string[]; audience: "drafters" | "public"; theme?: Theme; principleNumber?: number }): Promise<SummaryQuote[]> {
  return [];
}

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
