/**
 * The drafters' tables read from the rollup cells (seeded here directly; the
 * rollups' own tests prove the cells): every count below k is "fewer than
 * k", a region filter keeps the full table's hidden entries hidden, and a
 * language filter never shows a count that its siblings would give away.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import { regionOf, type SummaryRegion } from "~/modules/summaries/summary-scope.server";
import { isCellShown, themesByRegion } from "~/modules/summaries/summary-tables.server";

let regions: SummaryRegion[];

async function consultation(slug: string, city: string) {
  return getDb().consultation.create({
    data: {
      slug,
      regionCity: city,
      languages: ["en", "es"],
      opensAt: new Date("2026-11-01"),
      closesAt: new Date("2027-01-01"),
      status: "open",
      translations: { create: { language: "en", title: city } },
    },
  });
}

/** [consultation, theme, language, kind, contributions] */
type Seed = [string, string, string, "online" | "in_person", number];

beforeAll(async () => {
  const a = await consultation("tables-a", "Bogotá");
  const b = await consultation("tables-b", "Winnipeg");
  const seeds: Seed[] = [
    [a.id, "prevention", "en", "online", 2],
    [b.id, "prevention", "en", "online", 10],
    [b.id, "prevention", "es", "online", 6],
    [a.id, "protection", "en", "online", 12],
    [b.id, "protection", "es", "in_person", 9],
    [a.id, "participation", "es", "online", 7],
    [b.id, "participation", "en", "online", 8],
    [a.id, "recovery", "en", "online", 14],
    [a.id, "recovery", "es", "online", 6],
    [b.id, "recovery", "en", "in_person", 30],
  ];
  const data: Prisma.SummaryCellCreateManyInput[] = seeds.map(([consultationId, theme, language, kind, contributions]) => ({
    consultationId,
    theme,
    principleId: "",
    language,
    kind,
    stance: "",
    contributions,
  }));
  await getDb().summaryCell.createMany({ data });
  regions = [(await regionOf(a.id, "en"))!, (await regionOf(b.id, "en"))!];
});

const value = (count: ShownCount) => (count.kind === "count" ? count.value : null);

describe("themesByRegion", () => {
  it("shows the seeded cell of 2 as fewer than 5, hides a second entry in its row, and publishes no total across themes", async () => {
    const table = await themesByRegion(regions, {});
    expect(table.rows.map((row) => row.key)).toEqual(["prevention", "protection", "participation", "recovery"]);
    expect(table.columns.map((column) => column.key)).toEqual(["tables-a", "tables-b"]);
    expect(table.counts.cells[0]![0]).toEqual({ kind: "fewer", k: 5 });
    expect(isCellShown(table, "prevention", "tables-a")).toBe(false);
    const hidden = (entries: ShownCount[]) => entries.filter((entry) => entry.kind !== "count").length;
    expect(hidden([...table.counts.cells[0]!, table.counts.rowTotals[0]!])).toBeGreaterThanOrEqual(2);
    // One contribution counts in each theme it speaks to: a region's theme counts have no total to subtract from.
    expect(table.totals).toEqual({ rows: true, columns: false });
    expect(table.counts.columnTotals.every((total) => total.kind === "withheld")).toBe(true);
    // A shown count is the true one.
    expect(value(table.counts.cells[3]![1]!)).toBe(30);
  });

  it("keeps the full table's hidden entries hidden when one region is picked", async () => {
    const full = await themesByRegion(regions, {});
    const one = await themesByRegion(regions, { region: "tables-b" });
    expect(one.filtered).toBe(true);
    expect(one.columns.map((column) => column.key)).toEqual(["tables-b"]);
    expect(one.counts.cells.map((row) => row[0])).toEqual(full.counts.cells.map((row) => row[1]));
    expect(one.counts.total.kind).toBe("withheld");
  });

  it("never shows a filtered count below k, nor one that the other languages would give away", async () => {
    for (const language of ["en", "es"]) {
      const table = await themesByRegion(regions, { language });
      expect(table.counts.rowTotals.every((total) => total.kind === "withheld")).toBe(true);
      for (const row of table.counts.cells) for (const cell of row) if (cell.kind === "count") expect(cell.value).toBeGreaterThanOrEqual(5);
    }
    // Winnipeg's prevention: en 10 and es 6 of 16. Shown both, each would be 16 minus the other: at most one may be a count only if the total is hidden.
    const en = await themesByRegion(regions, { language: "en" });
    const es = await themesByRegion(regions, { language: "es" });
    const full = await themesByRegion(regions, {});
    const shownTogether = [en.counts.cells[0]![1]!, es.counts.cells[0]![1]!, full.counts.cells[0]![1]!].filter((entry) => entry.kind === "count").length;
    expect(shownTogether).not.toBe(2);
  });
});
