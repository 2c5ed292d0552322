/**
 * Disclosure control (issue 12, acceptance 4): the threshold rule, the
 * complementary rule, and an attack in the manner of sdcTable's attack(),
 * written here against a different LP solver (javascript-lp-solver) than the
 * module's own audit (yalps), so one solver's bug cannot hide the other's.
 */
import lpSolver, { type SolveResult } from "javascript-lp-solver";
import { describe, expect, it } from "vitest";
import { protectTable, type ProtectedCounts } from "~/modules/disclosure/protect-table.server";
import type { ShownCount } from "~/modules/disclosure/shown-count";

/** The published table with totals: entries[r][c], totals in the last row and column. */
function published(table: ProtectedCounts): ShownCount[][] {
  return [...table.cells.map((row, r) => [...row, table.rowTotals[r]!]), [...table.columnTotals, table.total]];
}

function withTotals(counts: number[][]): number[][] {
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  return [...rows, rows[0]!.map((_, c) => rows.reduce((sum, row) => sum + row[c]!, 0))];
}

/**
 * For each hidden entry: the lowest and highest whole value an attacker can
 * prove from what is shown. The attacker knows every line sums to its total,
 * that "fewer than k" is 0..k-1, and (knowing the method) that a withheld
 * entry is at least k.
 */
function attack(table: ShownCount[][], k: number): Array<{ r: number; c: number; low: number; high: number }> {
  const rows = table.length;
  const columns = table[0]!.length;
  const name = (r: number, c: number) => `e${r}_${c}`;
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, boolean> = {};
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const entry = table[r]![c]!;
      const v = name(r, c);
      variables[v] = { [`row${r}`]: c === columns - 1 ? -1 : 1, [`col${c}`]: r === rows - 1 ? -1 : 1, [`own${v}`]: 1 };
      ints[v] = true;
      constraints[`own${v}`] = entry.kind === "count" ? { equal: entry.value } : entry.kind === "fewer" ? { min: 0, max: k - 1 } : { min: k };
    }
  }
  for (let r = 0; r < rows; r++) constraints[`row${r}`] = { equal: 0 };
  for (let c = 0; c < columns; c++) constraints[`col${c}`] = { equal: 0 };
  const result: Array<{ r: number; c: number; low: number; high: number }> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (table[r]![c]!.kind === "count") continue;
      const bound = (opType: "min" | "max") => {
        const withObjective = Object.fromEntries(Object.entries(variables).map(([v, coefficients]) => [v, { ...coefficients, target: v === name(r, c) ? 1 : 0 }]));
        const solution = lpSolver.Solve({ optimize: "target", opType, constraints, variables: withObjective, ints }) as SolveResult;
        expect(solution.feasible, "the true table satisfies what is shown").toBe(true);
        return solution.bounded === false ? (opType === "max" ? Infinity : -Infinity) : solution.result;
      };
      result.push({ r, c, low: bound("min"), high: bound("max") });
    }
  }
  return result;
}

/** A seeded generator, so a failing table can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("protectTable", () => {
  it("shows a cell of 2 as fewer than 5, and hides a second cell in its row and its column", () => {
    const table = protectTable({ counts: [[2, 10, 12], [8, 9, 15], [20, 30, 40]], k: 5 });
    expect(table.cells[0]![0]).toEqual({ kind: "fewer", k: 5 });
    const hidden = (entries: ShownCount[]) => entries.filter((entry) => entry.kind !== "count").length;
    expect(hidden([...table.cells[0]!, table.rowTotals[0]!])).toBeGreaterThanOrEqual(2);
    expect(hidden([...table.cells.map((row) => row[0]!), table.columnTotals[0]!])).toBeGreaterThanOrEqual(2);
    // Shown counts are the true ones.
    expect(table.cells[2]).toEqual([20, 30, 40].map((value) => ({ kind: "count", value })));
    expect(table.total).toEqual({ kind: "count", value: 146 });
  });

  it("hides zeros too, and a count that the zeros beside it would give away", () => {
    const table = protectTable({ counts: [[7, 0, 0, 0], [10, 6, 8, 9]], k: 5 });
    expect(table.cells[0]!.slice(1)).toEqual([{ kind: "fewer", k: 5 }, { kind: "fewer", k: 5 }, { kind: "fewer", k: 5 }]);
    // 7 is the row's total minus three zeros: shown, it would say nobody in that group answered otherwise.
    expect(table.cells[0]![0]!.kind).not.toBe("count");
  });

  it("shows only the total of a small group almost all in one category (dominance)", () => {
    const table = protectTable({ counts: [[16, 1, 2, 0], [9, 8, 7, 6]], k: 5, dominance: true });
    expect(table.cells[0]!.every((cell) => cell.kind !== "count")).toBe(true);
    expect(table.rowTotals[0]).toEqual({ kind: "count", value: 19 });
  });

  it("publishes only the totals asked for, so a region whose input is all on one theme still shows that theme", () => {
    // Themes overlap (one contribution speaks to several), so a region's theme counts have no published total.
    const themes = protectTable({ counts: [[25], [0], [0], [0]], k: 5, totals: { rows: true, columns: false } });
    expect(themes.cells.map((row) => row[0]!.kind)).toEqual(["count", "fewer", "fewer", "fewer"]);
    expect(themes.columnTotals).toEqual([{ kind: "withheld" }]);
    // With the column's total published, the zeros would be known from it, so 25 must go too.
    const both = protectTable({ counts: [[25], [0], [0], [0]], k: 5 });
    expect(both.cells[0]![0]!.kind).not.toBe("count");
  });

  it("never goes below k = 3, and gives the same table for the same counts", () => {
    expect(protectTable({ counts: [[2, 40]], k: 1 }).cells[0]![0]).toEqual({ kind: "fewer", k: 3 });
    const counts = [[3, 12, 0], [25, 4, 9]];
    expect(protectTable({ counts, k: 5 })).toEqual(protectTable({ counts, k: 5 }));
  });

  it("leaves an attacker at least two possible values for every hidden entry of 300 random tables", () => {
    const next = random(20261202);
    for (let run = 0; run < 300; run++) {
      const rows = 1 + Math.floor(next() * 4);
      const columns = 1 + Math.floor(next() * 5);
      const k = next() < 0.5 ? 5 : 3;
      // Skewed towards small counts, where disclosure happens.
      const counts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.floor(next() ** 2 * 30)));
      const table = protectTable({ counts, k, dominance: next() < 0.3 });
      const entries = published(table);
      const truth = withTotals(counts);
      entries.forEach((row, r) =>
        row.forEach((entry, c) => {
          const value = truth[r]![c]!;
          // Nothing below k is ever shown; what is shown is true.
          if (value < k) expect(entry.kind, `run ${run} (${r},${c})`).toBe("fewer");
          if (entry.kind === "count") expect(entry.value).toBe(value);
        }),
      );
      const lines = [...entries, ...entries[0]!.map((_, c) => entries.map((row) => row[c]!))];
      for (const line of lines) expect(line.filter((entry) => entry.kind !== "count").length, `run ${run}`).not.toBe(1);
      for (const interval of attack(entries, table.k)) {
        expect(interval.high - interval.low, `run ${run}: ${JSON.stringify(counts)} entry (${interval.r},${interval.c})`).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
