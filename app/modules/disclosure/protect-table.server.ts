/**
 * Disclosure control: THE one implementation. Every page, chart and export
 * shows counts only after they went through protectTable, so that no count
 * identifies anyone (DESIGN §6, issue 12). Modelled on τ-Argus / sdcTable:
 *
 * 1. Threshold rule (primary suppression): a count below k — zero included —
 *    is shown as "fewer than k". Zeros are hidden too: "nobody in this group
 *    disagreed" is itself a disclosure about everyone in it.
 * 2. Dominance (optional, for categories such as stances): when all but
 *    fewer than k of a small row (total below 4k) fall in one category, the
 *    row shows only its total — otherwise the row says what almost every
 *    member of a small group said.
 * 3. Complementary (secondary) suppression: the table is published with its
 *    row and column totals, so in every row and every column (totals
 *    included) either nothing is hidden or at least two entries are; a lone
 *    hidden entry could be subtracted back from its total.
 * 4. Audit, as sdcTable's attack(): for every hidden entry, solve the linear
 *    bounds an attacker gets from everything shown (each line sums to its
 *    total, "fewer than k" means 0..k-1, a withheld entry is at least k). If
 *    an entry's interval holds a single value, one more entry in its row (or
 *    column) is hidden and the audit runs again.
 *
 * Deterministic: the same counts and k always give the same table (ties go
 * to the first position), so the same query gives the same numbers on the
 * page, in the chart table and in every export.
 */
import { solve, type Constraint, type Model } from "yalps";
import type { ShownCount } from "./shown-count";

export type ProtectedCounts = {
  k: number;
  cells: ShownCount[][];
  rowTotals: ShownCount[];
  columnTotals: ShownCount[];
  total: ShownCount;
};

export type ProtectTableInput = {
  counts: readonly (readonly number[])[];
  /** The threshold (a consultation's disclosureThreshold); never below 3. */
  k: number;
  /** Apply the dominance rule to each row (its columns being categories). */
  dominance?: boolean;
  /** Hide the grand total from the start (it is hidden in the table this one breaks down). */
  hideTotal?: boolean;
  /**
   * Which totals are published (both by default). A total that is not a sum
   * of what people are (a contribution counts in every theme it speaks to,
   * so a region's theme counts do not add up to its contributions) is not
   * published: it is "withheld", and no attacker can subtract from it.
   */
  totals?: { rows: boolean; columns: boolean };
};

export const minimumThreshold = 3;

type State = "shown" | "fewer" | "withheld";

/** Lowest and highest value an attacker can prove for one hidden entry. */
export type HiddenInterval = { row: number; column: number; low: number; high: number };

/**
 * The extended table: rows 0..R-1 and columns 0..C-1 are cells, column C
 * holds row totals, row R column totals, (R, C) the grand total.
 */
type Extended = { values: number[][]; rows: number; columns: number; totals: { rows: boolean; columns: boolean } };

function extend(counts: readonly (readonly number[])[], totals: { rows: boolean; columns: boolean }): Extended {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : counts[0]!.length;
  const values = counts.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  values.push(Array.from({ length: columns + 1 }, (_, c) => values.reduce((sum, row) => sum + row[c]!, 0)));
  return { values, rows, columns, totals };
}

/** Whether an entry of the extended table is published at all (cells always; totals as the table says). */
function isPublished(table: Extended, r: number, c: number): boolean {
  const rowTotal = c === table.columns;
  const columnTotal = r === table.rows;
  // The grand total sums the row totals (and the column totals): a sum only when both directions add up.
  if (rowTotal && columnTotal) return table.totals.rows && table.totals.columns;
  if (rowTotal) return table.totals.rows;
  if (columnTotal) return table.totals.columns;
  return true;
}

/**
 * Every published line of the extended table: a row (cells then its total)
 * or a column (cells then its total) — a sum someone can subtract from.
 */
function lines(table: Extended): Array<Array<[number, number]>> {
  const result: Array<Array<[number, number]>> = [];
  if (table.totals.rows) {
    for (let r = 0; r < table.rows; r++) result.push(Array.from({ length: table.columns + 1 }, (_, c): [number, number] => [r, c]));
  }
  if (table.totals.columns) {
    for (let c = 0; c < table.columns; c++) result.push(Array.from({ length: table.rows + 1 }, (_, r): [number, number] => [r, c]));
  }
  if (table.totals.rows && table.totals.columns) {
    result.push(Array.from({ length: table.rows + 1 }, (_, r): [number, number] => [r, table.columns]));
    result.push(Array.from({ length: table.columns + 1 }, (_, c): [number, number] => [table.rows, c]));
  }
  return result;
}

export function protectTable(input: ProtectTableInput): ProtectedCounts {
  const k = Math.max(minimumThreshold, Math.floor(input.k));
  for (const row of input.counts) {
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error("protectTable: counts must be non-negative integers");
  }
  const table = extend(input.counts, input.totals ?? { rows: true, columns: true });
  const states: State[][] = table.values.map((row, r) =>
    row.map((value, c): State => (!isPublished(table, r, c) ? "withheld" : value < k ? "fewer" : "shown")),
  );
  if (input.hideTotal && states[table.rows]![table.columns] === "shown") states[table.rows]![table.columns] = "withheld";
  if (input.dominance) applyDominance(table, states, k);
  const allLines = lines(table);
  for (;;) {
    completeLines(table, states, allLines);
    const exposed = attackTable(table, states, k).find((interval) => interval.high - interval.low < 1);
    if (!exposed) break;
    if (!hideOneMore(table, states, exposed)) break;
  }
  const shown = (r: number, c: number): ShownCount => {
    const state = states[r]![c]!;
    if (state === "shown") return { kind: "count", value: table.values[r]![c]! };
    return state === "fewer" ? { kind: "fewer", k } : { kind: "withheld" };
  };
  return {
    k,
    cells: Array.from({ length: table.rows }, (_, r) => Array.from({ length: table.columns }, (_, c) => shown(r, c))),
    rowTotals: Array.from({ length: table.rows }, (_, r) => shown(r, table.columns)),
    columnTotals: Array.from({ length: table.columns }, (_, c) => shown(table.rows, c)),
    total: shown(table.rows, table.columns),
  };
}

function applyDominance(table: Extended, states: State[][], k: number): void {
  for (let r = 0; r < table.rows; r++) {
    const total = table.values[r]![table.columns]!;
    if (total < k || total >= 4 * k) continue;
    const cells = table.values[r]!.slice(0, table.columns);
    const largest = Math.max(...cells);
    if (total - largest < k) {
      for (let c = 0; c < table.columns; c++) if (states[r]![c] === "shown") states[r]![c] = "withheld";
    }
  }
}

/** Complementary suppression: no line keeps exactly one hidden entry. */
function completeLines(table: Extended, states: State[][], allLines: Array<Array<[number, number]>>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of allLines) {
      const hidden = line.filter(([r, c]) => states[r]![c] !== "shown");
      if (hidden.length !== 1) continue;
      const pick = smallestShown(table, states, line);
      if (!pick) continue;
      states[pick[0]]![pick[1]] = "withheld";
      changed = true;
    }
  }
}

/**
 * The entry to hide next in a line: the smallest shown one, preferring the
 * line's parts over its total (a total is what readers need most).
 */
function smallestShown(table: Extended, states: State[][], line: Array<[number, number]>): [number, number] | null {
  const parts = line.slice(0, -1).filter(([r, c]) => states[r]![c] === "shown");
  const candidates = parts.length > 0 ? parts : line.slice(-1).filter(([r, c]) => states[r]![c] === "shown");
  let best: [number, number] | null = null;
  for (const entry of candidates) {
    if (!best || table.values[entry[0]]![entry[1]]! < table.values[best[0]]![best[1]]!) best = entry;
  }
  return best;
}

/**
 * An entry was pinned down: hide one more entry in its row, else in its
 * column, else the smallest shown entry anywhere (a pin can come from the
 * whole table's sums, through lines that are already all hidden).
 */
function hideOneMore(table: Extended, states: State[][], exposed: HiddenInterval): boolean {
  const row = Array.from({ length: table.columns + 1 }, (_, c): [number, number] => [exposed.row, c]);
  const column = Array.from({ length: table.rows + 1 }, (_, r): [number, number] => [r, exposed.column]);
  const everything = table.values.flatMap((values, r) => values.map((_, c): [number, number] => [r, c]));
  // Cells before totals, as in smallestShown; the grand total last of all.
  const anywhere = [
    ...everything.filter(([r, c]) => r < table.rows && c < table.columns),
    ...everything.filter(([r, c]) => (r < table.rows) !== (c < table.columns)),
    [table.rows, table.columns] as [number, number],
  ];
  const pick = smallestShown(table, states, row) ?? smallestShown(table, states, column) ?? smallestShown(table, states, anywhere);
  if (!pick) return false;
  states[pick[0]]![pick[1]] = "withheld";
  return true;
}

/**
 * The attacker's view (sdcTable's attack()): for every hidden entry, the
 * lowest and highest value consistent with everything published. A 2D table
 * with its margins is a network problem, so the linear bounds are whole
 * numbers: high - low < 1 means the entry is known exactly.
 */
function attackTable(table: Extended, states: State[][], k: number): HiddenInterval[] {
  const hidden: Array<[number, number]> = [];
  for (let r = 0; r <= table.rows; r++) {
    for (let c = 0; c <= table.columns; c++) if (states[r]![c] !== "shown" && isPublished(table, r, c)) hidden.push([r, c]);
  }
  if (hidden.length === 0) return [];
  const name = ([r, c]: [number, number]) => `x${r}_${c}`;
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<string, Map<string, number>>(hidden.map((entry) => [name(entry), new Map()]));
  lines(table).forEach((line, index) => {
    const parts = line.slice(0, -1);
    const total = line[line.length - 1]!;
    let known = 0;
    let unknowns = 0;
    const add = (entry: [number, number], sign: number) => {
      if (states[entry[0]]![entry[1]] === "shown") known += sign * table.values[entry[0]]![entry[1]]!;
      else {
        coefficients.get(name(entry))!.set(`line${index}`, sign);
        unknowns++;
      }
    };
    for (const part of parts) add(part, 1);
    add(total, -1);
    if (unknowns > 0) constraints.set(`line${index}`, { equal: -known });
  });
  for (const entry of hidden) {
    const bound = `bound_${name(entry)}`;
    coefficients.get(name(entry))!.set(bound, 1);
    constraints.set(bound, states[entry[0]]![entry[1]] === "fewer" ? { min: 0, max: k - 1 } : { min: k });
  }
  return hidden.map(([r, c]) => {
    const target = name([r, c]);
    const bounds = (direction: "minimize" | "maximize") => {
      const variables = new Map([...coefficients].map(([variable, coefficient]) => [variable, new Map([...coefficient, ["objective", variable === target ? 1 : 0]])]));
      const model: Model = { direction, objective: "objective", constraints, variables };
      const solution = solve(model);
      if (solution.status === "optimal") return solution.result;
      if (solution.status === "unbounded") return direction === "maximize" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      // Infeasible cannot happen for the true table (it satisfies every constraint); treat it as exposed so more is hidden.
      return Number.NaN;
    };
    // The solver works in floating point; the true bounds are whole numbers.
    const low = Math.round(bounds("minimize") * 1e6) / 1e6;
    const high = Math.round(bounds("maximize") * 1e6) / 1e6;
    return Number.isNaN(low) || Number.isNaN(high) ? { row: r, column: c, low: 0, high: 0 } : { row: r, column: c, low, high };
  });
}
