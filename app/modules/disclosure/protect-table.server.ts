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

/** How an entry is published: its value, "fewer than k", or withheld. */
export type EntryState = "shown" | "fewer" | "withheld";
type State = EntryState;

/** Lowest and highest value an attacker can prove for one hidden entry. */
export type HiddenInterval = { entry: number; low: number; high: number };

/**
 * The general form every protected view is reduced to, so that a table and
 * the tables published beside it (a lens view and the unfiltered view it is
 * read against, protect-lens.server.ts) are protected and audited as ONE
 * system of sums: entries, and lines saying that some entries add up to
 * another.
 */
export type LinkedEntry = {
  value: number;
  /**
   * Already published elsewhere in this state (the unfiltered table beside
   * a lens view): never changed here, but part of what an attacker knows.
   */
  fixed?: EntryState;
  /** Not published anywhere and in no line: never shown, never audited. */
  unpublished?: boolean;
  /**
   * Never published, but an attacker can reach it through the sums (everyone
   * outside a lens group; a group whose own view was withheld): hidden, any
   * whole number to the attacker, and protected only while below k.
   */
  free?: boolean;
  /** Which entry to hide first when one more must go: lower first (cells before totals). */
  rank: number;
};
export type LinkedLine = { parts: readonly number[]; total: number };
export type LinkedSystem = {
  entries: readonly LinkedEntry[];
  lines: readonly LinkedLine[];
  /** States set before the sums are made safe (threshold, dominance); default: the threshold rule. */
  initial?: readonly EntryState[];
};

/**
 * Makes a linked system safe: complementary suppression over its lines,
 * then the attack audit, hiding one more entry while any hidden entry is
 * pinned to a single value. `safe` is false only when nothing that may be
 * hidden is left (every entry still shown is fixed elsewhere): the caller
 * must then withhold everything it controls.
 */
export function protectEntries(system: LinkedSystem, k: number): { states: EntryState[]; safe: boolean } {
  const states: State[] = system.entries.map(
    (entry, index) =>
      entry.fixed ?? (entry.unpublished || entry.free ? "withheld" : (system.initial?.[index] ?? (entry.value < k ? "fewer" : "shown"))),
  );
  for (;;) {
    completeLines(system, states, k);
    // Pinned: a single whole number fits (tables give whole-number bounds; linked systems may not).
    // A free entry matters only while it is small: a large group outside a lens may be known.
    const exposed = attackEntries(system, states, k).find(
      (interval) => Math.floor(interval.high) - Math.ceil(interval.low) < 1 && !(system.entries[interval.entry]!.free && system.entries[interval.entry]!.value >= k),
    );
    if (!exposed) return { states, safe: true };
    if (!hideOneMore(system, states, exposed.entry)) return { states, safe: false };
  }
}

export function thresholdOf(k: number): number {
  return Math.max(minimumThreshold, Math.floor(k));
}

export function protectTable(input: ProtectTableInput): ProtectedCounts {
  const k = thresholdOf(input.k);
  for (const row of input.counts) {
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error("protectTable: counts must be non-negative integers");
  }
  const system = tableSystem(input.counts, input.totals ?? { rows: true, columns: true });
  const initial: State[] = system.entries.map((entry) => (entry.unpublished ? "withheld" : entry.value < k ? "fewer" : "shown"));
  const at = system.at;
  if (input.hideTotal && initial[at(system.rows, system.columns)] === "shown") initial[at(system.rows, system.columns)] = "withheld";
  if (input.dominance) applyDominance(input.counts, initial, at, k);
  const { states } = protectEntries({ ...system, initial }, k);
  const shown = (r: number, c: number): ShownCount => {
    const index = at(r, c);
    const state = states[index]!;
    if (state === "shown") return { kind: "count", value: system.entries[index]!.value };
    return state === "fewer" ? { kind: "fewer", k } : { kind: "withheld" };
  };
  return {
    k,
    cells: Array.from({ length: system.rows }, (_, r) => Array.from({ length: system.columns }, (_, c) => shown(r, c))),
    rowTotals: Array.from({ length: system.rows }, (_, r) => shown(r, system.columns)),
    columnTotals: Array.from({ length: system.columns }, (_, c) => shown(system.rows, c)),
    total: shown(system.rows, system.columns),
  };
}

/**
 * A table as a linked system. The extended table: rows 0..R-1 and columns
 * 0..C-1 are cells, column C holds row totals, row R column totals, (R, C)
 * the grand total; entry (r, c) is at index r * (C + 1) + c. Cells rank 0,
 * totals 1, the grand total 2 (a total is what readers need most).
 */
export function tableSystem(
  counts: readonly (readonly number[])[],
  totals: { rows: boolean; columns: boolean },
  fixed?: (r: number, c: number) => EntryState | undefined,
) {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : counts[0]!.length;
  const values = counts.map((row) => [...row, row.reduce((sum, value) => sum + value, 0)]);
  values.push(Array.from({ length: columns + 1 }, (_, c) => values.reduce((sum, row) => sum + row[c]!, 0)));
  const at = (r: number, c: number) => r * (columns + 1) + c;
  const published = (r: number, c: number) => {
    const rowTotal = c === columns;
    const columnTotal = r === rows;
    // The grand total sums the row totals (and the column totals): a sum only when both directions add up.
    if (rowTotal && columnTotal) return totals.rows && totals.columns;
    if (rowTotal) return totals.rows;
    if (columnTotal) return totals.columns;
    return true;
  };
  const entries: LinkedEntry[] = values.flatMap((row, r) =>
    row.map((value, c): LinkedEntry => {
      const rank = (r === rows ? 1 : 0) + (c === columns ? 1 : 0);
      return published(r, c) ? { value, rank, fixed: fixed?.(r, c) } : { value, rank, unpublished: true };
    }),
  );
  // Every published line: a row (cells, then its total) or a column — a sum someone can subtract from.
  const lines: LinkedLine[] = [];
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  if (totals.rows) for (let r = 0; r < rows; r++) lines.push({ parts: range(columns).map((c) => at(r, c)), total: at(r, columns) });
  if (totals.columns) for (let c = 0; c < columns; c++) lines.push({ parts: range(rows).map((r) => at(r, c)), total: at(rows, c) });
  if (totals.rows && totals.columns) {
    lines.push({ parts: range(rows).map((r) => at(r, columns)), total: at(rows, columns) });
    lines.push({ parts: range(columns).map((c) => at(rows, c)), total: at(rows, columns) });
  }
  return { entries, lines, rows, columns, at };
}

function applyDominance(counts: readonly (readonly number[])[], states: State[], at: (r: number, c: number) => number, k: number): void {
  counts.forEach((cells, r) => {
    const total = cells.reduce((sum, value) => sum + value, 0);
    if (total < k || total >= 4 * k) return;
    const largest = Math.max(...cells);
    if (total - largest < k) {
      cells.forEach((_, c) => {
        if (states[at(r, c)] === "shown") states[at(r, c)] = "withheld";
      });
    }
  });
}

const lineEntries = (line: LinkedLine) => [...line.parts, line.total];

/** Complementary suppression: no line keeps exactly one hidden entry. */
function completeLines(system: LinkedSystem, states: State[], k: number): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of system.lines) {
      // A free entry of k or more may be worked out (a large group outside a lens is no one in particular).
      const hidden = lineEntries(line).filter((index) => states[index] !== "shown" && !(system.entries[index]!.free && system.entries[index]!.value >= k));
      if (hidden.length !== 1) continue;
      const pick = smallestShown(system, states, lineEntries(line));
      if (pick === null) continue;
      states[pick] = "withheld";
      changed = true;
    }
  }
}

/** The entry to hide next among these: shown and not fixed elsewhere, lowest rank, then smallest, then first. */
function smallestShown(system: LinkedSystem, states: State[], candidates: readonly number[]): number | null {
  let best: number | null = null;
  for (const index of candidates) {
    const entry = system.entries[index]!;
    if (states[index] !== "shown" || entry.fixed !== undefined || entry.unpublished || entry.free) continue;
    if (best === null) {
      best = index;
      continue;
    }
    const kept = system.entries[best]!;
    if (entry.rank < kept.rank || (entry.rank === kept.rank && entry.value < kept.value)) best = index;
  }
  return best;
}

/**
 * An entry was pinned down: hide one more entry in a line through it (in
 * line order: rows before columns for a table), else the best one anywhere
 * (a pin can come from the whole system's sums, through lines that are
 * already all hidden).
 */
function hideOneMore(system: LinkedSystem, states: State[], exposed: number): boolean {
  for (const line of system.lines) {
    const entries = lineEntries(line);
    if (!entries.includes(exposed)) continue;
    const pick = smallestShown(system, states, entries);
    if (pick !== null) {
      states[pick] = "withheld";
      return true;
    }
  }
  const pick = smallestShown(system, states, system.entries.map((_, index) => index));
  if (pick === null) return false;
  states[pick] = "withheld";
  return true;
}

/**
 * The attacker's view (sdcTable's attack()): for every hidden entry, the
 * lowest and highest value consistent with everything published. Tables
 * with margins are network problems, so the linear bounds are whole
 * numbers: high - low < 1 means the entry is known exactly. (Linked systems
 * are checked against an integer solver in tests/disclosure.)
 */
function attackEntries(system: LinkedSystem, states: State[], k: number): HiddenInterval[] {
  const hidden = system.entries.flatMap((entry, index) => (states[index] !== "shown" && !entry.unpublished ? [index] : []));
  if (hidden.length === 0) return [];
  const name = (index: number) => `x${index}`;
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<string, Map<string, number>>(hidden.map((index) => [name(index), new Map()]));
  system.lines.forEach((line, lineIndex) => {
    let known = 0;
    let unknowns = 0;
    const add = (index: number, sign: number) => {
      if (states[index] === "shown") known += sign * system.entries[index]!.value;
      else {
        const own = coefficients.get(name(index))!;
        own.set(`line${lineIndex}`, (own.get(`line${lineIndex}`) ?? 0) + sign);
        unknowns++;
      }
    };
    for (const part of line.parts) add(part, 1);
    add(line.total, -1);
    if (unknowns > 0) constraints.set(`line${lineIndex}`, { equal: -known });
  });
  for (const index of hidden) {
    const bound = `bound_${name(index)}`;
    coefficients.get(name(index))!.set(bound, 1);
    const entry = system.entries[index]!;
    constraints.set(bound, entry.free ? { min: 0 } : states[index] === "fewer" ? { min: 0, max: k - 1 } : { min: k });
  }
  return hidden.map((index) => {
    const target = name(index);
    const bounds = (direction: "minimize" | "maximize") => {
      const variables = new Map([...coefficients].map(([variable, coefficient]) => [variable, new Map([...coefficient, ["objective", variable === target ? 1 : 0]])]));
      const model: Model = { direction, objective: "objective", constraints, variables };
      const solution = solve(model);
      if (solution.status === "optimal") return solution.result;
      if (solution.status === "unbounded") return direction === "maximize" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      // Infeasible cannot happen for the true values (they satisfy every constraint); treat it as exposed so more is hidden.
      return Number.NaN;
    };
    // The solver works in floating point; the true bounds are whole numbers.
    const low = Math.round(bounds("minimize") * 1e6) / 1e6;
    const high = Math.round(bounds("maximize") * 1e6) / 1e6;
    return Number.isNaN(low) || Number.isNaN(high) ? { entry: index, low: 0, high: 0 } : { entry: index, low, high };
  });
}
