/**
 * Lens views (issue 13, acceptance 3): for random datasets and random lens
 * requests, every published group count is at least k or suppressed, the
 * whole system an attacker holds — the unfiltered table as published AND
 * the lens block read beside it — lets no hidden entry be recovered (checked
 * by an integer solver, javascript-lp-solver, not the module's own yalps
 * audit), rules 2 and 3 hold, and the same request gives the same output.
 */
import fc from "fast-check";
import lpSolver, { type SolveResult } from "javascript-lp-solver";
import { describe, expect, it } from "vitest";
import { attributionShare, protectLens, type ProtectedLens } from "~/modules/disclosure/protect-lens.server";
import { protectTable, type ProtectedCounts } from "~/modules/disclosure/protect-table.server";
import type { ShownCount } from "~/modules/disclosure/shown-count";

type Known = { name: string; value: number; shown: ShownCount | "unknown" };
type Sum = { parts: string[]; total: string };

/**
 * The attacker: integer unknowns for every entry, each fixed where shown,
 * 0..k-1 where "fewer", >= k where withheld (knowing the method), free
 * (>= 0) where never published; every sum they know holds. Returns the
 * entries whose value is pinned to one number although not shown.
 */
function pinned(entries: Known[], sums: Sum[], k: number): string[] {
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, boolean> = {};
  for (const entry of entries) {
    variables[entry.name] = { [`own_${entry.name}`]: 1 };
    ints[entry.name] = true;
    const shown = entry.shown;
    constraints[`own_${entry.name}`] =
      shown === "unknown" ? { min: 0 } : shown.kind === "count" ? { equal: shown.value } : shown.kind === "fewer" ? { min: 0, max: k - 1 } : { min: k };
  }
  sums.forEach((sum, index) => {
    for (const part of sum.parts) variables[part]![`sum${index}`] = (variables[part]![`sum${index}`] ?? 0) + 1;
    variables[sum.total]![`sum${index}`] = (variables[sum.total]![`sum${index}`] ?? 0) - 1;
    constraints[`sum${index}`] = { equal: 0 };
  });
  const exposed: string[] = [];
  for (const entry of entries) {
    if (entry.shown !== "unknown" && entry.shown.kind === "count") continue;
    const bound = (opType: "min" | "max") => {
      const withObjective = Object.fromEntries(Object.entries(variables).map(([v, c]) => [v, { ...c, target: v === entry.name ? 1 : 0 }]));
      const solution = lpSolver.Solve({ optimize: "target", opType, constraints, variables: withObjective, ints }) as SolveResult;
      expect(solution.feasible, "the true data satisfy what is published").toBe(true);
      return solution.bounded === false ? (opType === "max" ? Infinity : -Infinity) : Math.round(solution.result);
    };
    const low = bound("min");
    const high = bound("max");
    // A value never published matters only if it is small: a group of fewer than k outside the lens.
    if (low === high && (entry.shown !== "unknown" || low < k)) exposed.push(`${entry.name}=${low}`);
  }
  return exposed;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Everything an attacker reads: the unfiltered table's entries and sums, plus the lens block's. */
function attackerView(
  counts: number[][],
  table: ProtectedCounts,
  totals: { rows: boolean; columns: boolean },
  axis: "rows" | "columns",
  group: number[],
  lens: ProtectedLens,
  population: { group: number; everyone: number; everyoneShown: ShownCount },
  exclusive: boolean,
) {
  const entries: Known[] = [];
  const sums: Sum[] = [];
  const rows = counts.length;
  const columns = counts[0]!.length;
  counts.forEach((row, r) => row.forEach((value, c) => entries.push({ name: `u${r}_${c}`, value, shown: table.cells[r]![c]! })));
  counts.forEach((row, r) => entries.push({ name: `ur${r}`, value: sum(row), shown: totals.rows ? table.rowTotals[r]! : "unknown" }));
  for (let c = 0; c < columns; c++) entries.push({ name: `uc${c}`, value: sum(counts.map((row) => row[c]!)), shown: totals.columns ? table.columnTotals[c]! : "unknown" });
  entries.push({ name: "u", value: sum(counts.flat()), shown: totals.rows && totals.columns ? table.total : "unknown" });
  for (let r = 0; r < rows; r++) sums.push({ parts: counts[r]!.map((_, c) => `u${r}_${c}`), total: `ur${r}` });
  for (let c = 0; c < columns; c++) sums.push({ parts: counts.map((_, r) => `u${r}_${c}`), total: `uc${c}` });
  sums.push({ parts: counts.map((_, r) => `ur${r}`), total: "u" });
  if (lens.status === "shown") {
    group.forEach((value, s) => {
      const everyone = axis === "rows" ? `ur${s}` : `uc${s}`;
      const everyoneValue = entries.find((entry) => entry.name === everyone)!.value;
      entries.push({ name: `g${s}`, value, shown: lens.group[s]! }, { name: `rest${s}`, value: everyoneValue - value, shown: "unknown" });
      sums.push({ parts: [`g${s}`, `rest${s}`], total: everyone });
    });
    entries.push({ name: "G", value: population.group, shown: lens.groupTotal }, { name: "R", value: population.everyone - population.group, shown: "unknown" });
    if (exclusive) {
      sums.push({ parts: group.map((_, s) => `g${s}`), total: "G" }, { parts: group.map((_, s) => `rest${s}`), total: "R" });
      sums.push({ parts: ["G", "R"], total: "u" });
    } else {
      entries.push({ name: "P", value: population.everyone, shown: population.everyoneShown });
      sums.push({ parts: ["G", "R"], total: "P" });
    }
  }
  return { entries, sums };
}

/** Random data: per region and category, everyone and (a subset) the group; many small numbers, as in a real consultation. */
const dataset = (maxRegions: number, maxCategories: number) =>
  fc
    .record({
      regions: fc.integer({ min: 1, max: maxRegions }),
      categories: fc.integer({ min: 2, max: maxCategories }),
      k: fc.integer({ min: 3, max: 6 }),
      // Mostly groups of a third to two thirds of a cell, sometimes all or none of it.
      seed: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 40 }),
          fc.oneof({ arbitrary: fc.double({ min: 0.15, max: 0.85, noNaN: true }), weight: 4 }, { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 }),
        ),
        { minLength: 16, maxLength: 16 },
      ),
    })
    .map(({ regions, categories, k, seed }) => {
      const everyone: number[][] = [];
      const group: number[][] = [];
      for (let r = 0; r < regions; r++) {
        everyone.push([]);
        group.push([]);
        for (let c = 0; c < categories; c++) {
          const [count, share] = seed[(r * categories + c) % seed.length]!;
          everyone[r]!.push(count);
          group[r]!.push(Math.floor(count * share));
        }
      }
      return { k, everyone, group };
    });

function stancesCase({ k, everyone, group }: { k: number; everyone: number[][]; group: number[][] }) {
  // As stancesByRegion: rows are regions, columns stances, both totals, dominance.
  const totals = { rows: true, columns: true };
  const table = protectTable({ counts: everyone, k, dominance: true, totals });
  const pooled = everyone[0]!.map((_, s) => sum(group.map((row) => row[s]!)));
  const population = { group: sum(pooled), everyone: sum(everyone.flat()), everyoneShown: table.total };
  const run = () => protectLens({ k, everyone: { counts: everyone, shown: table, totals, categoryAxis: "columns" }, group: pooled, population, exclusive: true });
  return { table, totals, pooled, population, run, lens: run() };
}

function principlesCase({ k, everyone, group }: { k: number; everyone: number[][]; group: number[][] }) {
  // As principlesByRegion: rows are principles, columns regions, totals across regions only.
  const counts = everyone[0]!.map((_, p) => everyone.map((row) => row[p]!));
  const totals = { rows: true, columns: false };
  const table = protectTable({ counts, k, totals });
  const pooled = counts.map((_, p) => sum(group.map((row) => row[p]!)));
  // A contribution may speak to several principles: the theme's population is at least its largest principle.
  const everyonePopulation = Math.max(...counts.map(sum)) + 3;
  const groupPopulation = Math.min(everyonePopulation, Math.max(...pooled) + 1);
  const population = { group: groupPopulation, everyone: everyonePopulation, everyoneShown: protectTable({ counts: [[everyonePopulation]], k }).cells[0]![0]! };
  const run = () => protectLens({ k, everyone: { counts, shown: table, totals, categoryAxis: "rows" }, group: pooled, population, exclusive: false });
  return { counts, table, totals, pooled, population, run, lens: run() };
}

function checkPublished(lens: ProtectedLens, pooled: number[], population: { group: number; everyone: number }, k: number) {
  for (const [index, cell] of lens.group.entries()) {
    if (cell.kind === "count") {
      expect(cell.value).toBe(pooled[index]);
      expect(cell.value).toBeGreaterThanOrEqual(k);
    }
  }
  if (lens.groupTotal.kind === "count") expect(lens.groupTotal.value).toBeGreaterThanOrEqual(k);
  // Rule 2: shown only if the group and everyone else both reach k.
  if (lens.status === "shown") {
    expect(population.group).toBeGreaterThanOrEqual(k);
    expect(population.everyone - population.group).toBeGreaterThanOrEqual(k);
  } else {
    expect([...lens.group, lens.groupTotal].every((cell) => cell.kind === "withheld")).toBe(true);
  }
}

/**
 * Random data for a lens of two values: per region and stance, everyone,
 * those in A, those in both A and B, those in B.
 */
const pairDataset = fc
  .record({
    regions: fc.integer({ min: 1, max: 3 }),
    categories: fc.integer({ min: 2, max: 4 }),
    k: fc.integer({ min: 3, max: 5 }),
    seed: fc.array(
      fc.tuple(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0.2, max: 0.9, noNaN: true }), fc.double({ min: 0.2, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.6, noNaN: true })),
      { minLength: 12, maxLength: 12 },
    ),
  })
  .map(({ regions, categories, k, seed }) => {
    const everyone: number[][] = [];
    const a: number[] = Array.from({ length: categories }, () => 0);
    const ab = [...a];
    const b = [...a];
    for (let r = 0; r < regions; r++) {
      everyone.push([]);
      for (let c = 0; c < categories; c++) {
        const [n, s1, s2, s3] = seed[(r * categories + c) % seed.length]!;
        const inA = Math.floor(n * s1);
        const inBoth = Math.floor(inA * s2);
        everyone[r]!.push(n);
        a[c]! += inA;
        ab[c]! += inBoth;
        b[c]! += inBoth + Math.floor((n - inA) * s3);
      }
    }
    return { k, everyone, a, ab, b };
  });

describe("protectLens", () => {
  it("for random lenses of two values, nothing comes out of A, B, A and B, and everyone together", () => {
    fc.assert(
      fc.property(pairDataset, ({ k, everyone, a, ab, b }) => {
        const totals = { rows: true, columns: true };
        const table = protectTable({ counts: everyone, k, dominance: true, totals });
        const all = sum(everyone.flat());
        const lensOf = (group: number[], enclosing?: Parameters<typeof protectLens>[0]["enclosing"]) =>
          protectLens({ k, everyone: { counts: everyone, shown: table, totals, categoryAxis: "columns" }, group, population: { group: sum(group), everyone: all, everyoneShown: table.total }, exclusive: true, enclosing });
        const lensA = lensOf(a);
        const lensB = lensOf(b);
        const enclosing = [{ group: a, population: sum(a), shown: lensA }, { group: b, population: sum(b), shown: lensB }];
        const lensAB = lensOf(ab, enclosing);
        expect(lensOf(ab, enclosing)).toEqual(lensAB);
        checkPublished(lensAB, ab, { group: sum(ab), everyone: all }, k);
        if (lensAB.status === "shown") {
          expect(sum(a) - sum(ab)).toBeGreaterThanOrEqual(k);
          expect(sum(b) - sum(ab)).toBeGreaterThanOrEqual(k);
        }
        // The attacker: the unfiltered table, the three lens blocks, and every difference between them.
        const { entries, sums } = attackerView(everyone, table, totals, "columns", [], { ...lensA, status: "withheld" }, { group: 0, everyone: all, everyoneShown: table.total }, true);
        const block = (name: string, group: number[], lens: ProtectedLens) => {
          group.forEach((value, s) => entries.push({ name: `${name}${s}`, value, shown: lens.status === "shown" ? lens.group[s]! : "unknown" }));
          entries.push({ name: `${name}T`, value: sum(group), shown: lens.status === "shown" ? lens.groupTotal : "unknown" });
          sums.push({ parts: group.map((_, s) => `${name}${s}`), total: `${name}T` });
        };
        block("a", a, lensA);
        block("b", b, lensB);
        block("ab", ab, lensAB);
        // Per stance and overall: A = AB + (A only); B = AB + (B only); everyone = A + (B only) + neither.
        const parts = [...a.map((_, s) => String(s)), "T"];
        for (const s of parts) {
          const at = (list: number[]) => (s === "T" ? sum(list) : list[Number(s)]!);
          const everyoneName = s === "T" ? "u" : `uc${s}`;
          const everyoneValue = s === "T" ? all : sum(everyone.map((row) => row[Number(s)]!));
          entries.push(
            { name: `aOnly${s}`, value: at(a) - at(ab), shown: "unknown" },
            { name: `bOnly${s}`, value: at(b) - at(ab), shown: "unknown" },
            { name: `neither${s}`, value: everyoneValue - at(a) - at(b) + at(ab), shown: "unknown" },
          );
          sums.push({ parts: [`ab${s}`, `aOnly${s}`], total: `a${s}` }, { parts: [`ab${s}`, `bOnly${s}`], total: `b${s}` }, { parts: [`a${s}`, `bOnly${s}`, `neither${s}`], total: everyoneName });
        }
        for (const name of ["aOnly", "bOnly", "neither"]) sums.push({ parts: a.map((_, s) => `${name}${s}`), total: `${name}T` });
        expect(pinned(entries, sums, k)).toEqual([]);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it("withholds the whole breakdown when the group or everyone outside it is below k (differencing)", () => {
    const everyone = [[10, 12, 9, 8]];
    const table = protectTable({ counts: everyone, k: 5, dominance: true });
    const base = { k: 5, everyone: { counts: everyone, shown: table, totals: { rows: true, columns: true }, categoryAxis: "columns" as const }, exclusive: true };
    const small = protectLens({ ...base, group: [2, 1, 0, 0], population: { group: 3, everyone: 39, everyoneShown: table.total } });
    expect(small.status).toBe("withheld");
    const almostAll = protectLens({ ...base, group: [10, 12, 9, 6], population: { group: 37, everyone: 39, everyoneShown: table.total } });
    expect(almostAll.status).toBe("withheld");
    // Both at least k, but only 3 or 4 people outside the group gave three of the answers: those counts stay hidden.
    const outsideSmall = protectLens({ ...base, group: [6, 7, 5, 5], population: { group: 23, everyone: 39, everyoneShown: table.total } });
    expect(outsideSmall.status).toBe("shown");
    expect(outsideSmall.group.filter((cell) => cell.kind === "count")).toEqual([]);
    const larger = [[20, 22, 19, 18]];
    const largerTable = protectTable({ counts: larger, k: 5, dominance: true });
    const fine = protectLens({ ...base, everyone: { ...base.everyone, counts: larger, shown: largerTable }, group: [6, 7, 5, 5], population: { group: 23, everyone: 79, everyoneShown: largerTable.total } });
    expect(fine.status).toBe("shown");
    expect(fine.group).toEqual([6, 7, 5, 5].map((value) => ({ kind: "count", value })));
  });

  it("shows only the total of a small group almost all in one answer (group attribution)", () => {
    const everyone = [[20, 12, 9, 8]];
    const table = protectTable({ counts: everyone, k: 5, dominance: true });
    const lens = protectLens({
      k: 5,
      everyone: { counts: everyone, shown: table, totals: { rows: true, columns: true }, categoryAxis: "columns" },
      group: [9, 0, 0, 0],
      population: { group: 9, everyone: 49, everyoneShown: table.total },
      exclusive: true,
    });
    expect(lens.status).toBe("shown");
    expect(lens.attributed).toBe(true);
    expect(9 >= attributionShare * 9).toBe(true);
    expect(lens.groupTotal).toEqual({ kind: "count", value: 9 });
    expect(lens.group.every((cell) => cell.kind !== "count")).toBe(true);
  });

  it("hides a group count that everyone's published count would give back through the group outside the lens", () => {
    // Everyone agreeing: 12 (shown); the group: 10 of them — so 2 outside the group agreed. Showing 10 would tell that.
    const everyone = [[12, 15, 14, 13]];
    const table = protectTable({ counts: everyone, k: 5, dominance: true });
    const lens = protectLens({
      k: 5,
      everyone: { counts: everyone, shown: table, totals: { rows: true, columns: true }, categoryAxis: "columns" },
      group: [10, 6, 7, 5],
      population: { group: 28, everyone: 54, everyoneShown: table.total },
      exclusive: true,
    });
    expect(lens.group[0]!.kind).not.toBe("count");
    const { entries, sums } = attackerView(everyone, table, { rows: true, columns: true }, "columns", [10, 6, 7, 5], lens, { group: 28, everyone: 54, everyoneShown: table.total }, true);
    expect(pinned(entries, sums, 5)).toEqual([]);
  });

  it("for random stance data and lenses, publishes nothing an attacker can narrow to one value, and the same answer twice", () => {
    fc.assert(
      fc.property(dataset(4, 4), (data) => {
        const { table, totals, pooled, population, run, lens } = stancesCase(data);
        checkPublished(lens, pooled, population, data.k);
        if (lens.attributed) expect(lens.group.every((cell) => cell.kind !== "count")).toBe(true);
        expect(run()).toEqual(lens);
        const { entries, sums } = attackerView(data.everyone, table, totals, "columns", pooled, lens, population, true);
        expect(pinned(entries, sums, data.k)).toEqual([]);
      }),
      { numRuns: 100, seed: 13 },
    );
  });

  it("for random principle data and lenses (categories that overlap), the same", () => {
    fc.assert(
      fc.property(dataset(4, 4), (data) => {
        const { counts, table, totals, pooled, population, run, lens } = principlesCase(data);
        checkPublished(lens, pooled, population, data.k);
        expect(run()).toEqual(lens);
        const { entries, sums } = attackerView(counts, table, totals, "rows", pooled, lens, population, false);
        expect(pinned(entries, sums, data.k)).toEqual([]);
      }),
      { numRuns: 100, seed: 31 },
    );
  });
});
