/**
 * Disclosure control for lens views (issue 13): the counts of one group of
 * people (a lens: one or two self-description values) next to everyone in
 * the same view. Part of the one disclosure-control module: the threshold,
 * complementary suppression and the attack audit are protect-table's, run
 * over the lens block *together with* the unfiltered table it is read
 * beside, so "everyone" minus "the group" cannot give back a small count.
 *
 * On top of protectTable's rules:
 * 2. differencing: the view is shown only if the group and everyone else in
 *    it (its complement) both have at least k people; otherwise the whole
 *    breakdown is withheld (status "withheld");
 * 3. group attribution: a group smaller than 2k with 90 % or more in one
 *    category (a stance) shows only its total;
 * 4. deterministic: the same counts give the same output (no noise).
 */
import { protectEntries, tableSystem, thresholdOf, type EntryState, type LinkedEntry, type LinkedLine, type ProtectedCounts } from "./protect-table.server";
import type { ShownCount } from "./shown-count";

export type ProtectLensInput = {
  k: number;
  /**
   * The unfiltered table of the same view as published beside the lens
   * (protectTable's input counts and output), and which of its axes holds
   * the lens's categories: its totals along the other axis are "everyone"
   * per category.
   */
  everyone: { counts: readonly (readonly number[])[]; shown: ProtectedCounts; totals: { rows: boolean; columns: boolean }; categoryAxis: "rows" | "columns" };
  /** The group's count per category (same order as the everyone table's category axis). */
  group: readonly number[];
  /**
   * The people in the view: the group's and everyone's. When the categories
   * are exclusive answers (stances) they are the sums of the categories;
   * otherwise (principles of a theme: one contribution speaks to several) the
   * view's population is counted on its own, and everyone's is published
   * elsewhere as `populationShown`.
   */
  population: { group: number; everyone: number; everyoneShown: ShownCount };
  /** Categories are exclusive answers: they add up to the population, and rule 3 applies. */
  exclusive: boolean;
};

export type ProtectedLens = {
  k: number;
  /** "withheld": the group or everyone else in the view has fewer than k people (rule 2), nothing of the breakdown is shown. */
  status: "shown" | "withheld";
  /** Per category. */
  group: ShownCount[];
  /** The group's size in the view. */
  groupTotal: ShownCount;
  /** Rule 3 applied: only the group's total is shown. */
  attributed: boolean;
};

const stateOf = (count: ShownCount): EntryState => (count.kind === "count" ? "shown" : count.kind);
const shownOf = (state: EntryState, value: number, k: number): ShownCount =>
  state === "shown" ? { kind: "count", value } : state === "fewer" ? { kind: "fewer", k } : { kind: "withheld" };

/** The share of a small group in one category at or above which only its total is shown (rule 3). */
export const attributionShare = 0.9;

export function protectLens(input: ProtectLensInput): ProtectedLens {
  const k = thresholdOf(input.k);
  const { group: groupSize, everyone: everyoneSize } = input.population;
  const withheldAll: ProtectedLens = { k, status: "withheld", group: input.group.map(() => ({ kind: "withheld" })), groupTotal: { kind: "withheld" }, attributed: false };
  // Rule 2 (differencing): the group and everyone else in the view both reach k, or nothing is shown.
  if (groupSize < k || everyoneSize - groupSize < k) return withheldAll;

  // The unfiltered table as its readers have it: every entry fixed in its published state.
  const everyone = input.everyone;
  const table = tableSystem(everyone.counts, everyone.totals, (r, c) => {
    const rows = everyone.counts.length;
    const columns = rows === 0 ? 0 : everyone.counts[0]!.length;
    if (r < rows && c < columns) return stateOf(everyone.shown.cells[r]![c]!);
    if (r < rows) return stateOf(everyone.shown.rowTotals[r]!);
    if (c < columns) return stateOf(everyone.shown.columnTotals[c]!);
    return stateOf(everyone.shown.total);
  });
  const categoryTotal = (index: number) =>
    everyone.categoryAxis === "rows" ? table.at(index, table.columns) : table.at(table.rows, index);
  const entries: LinkedEntry[] = [...table.entries];
  const lines: LinkedLine[] = [...table.lines];
  const add = (entry: LinkedEntry) => entries.push(entry) - 1;
  // Everyone outside the group per category: never shown, but an attacker can subtract, so it is protected like a cell.
  // Hidden first (rank 0): hiding it costs readers nothing.
  const groupCells: number[] = [];
  const restCells: number[] = [];
  input.group.forEach((value, index) => {
    const total = categoryTotal(index);
    if (entries[total]!.unpublished) throw new Error("protectLens: the unfiltered table must publish its totals per category");
    const rest = entries[total]!.value - value;
    if (!Number.isInteger(value) || value < 0 || rest < 0) throw new Error("protectLens: a group count must be a whole number within everyone's");
    const g = add({ value, rank: 1 });
    const r = add({ value: rest, rank: 0 });
    groupCells.push(g);
    restCells.push(r);
    lines.push({ parts: [g, r], total });
  });
  const groupTotal = add({ value: groupSize, rank: 2 });
  const restTotal = add({ value: everyoneSize - groupSize, rank: 1 });
  const population = input.exclusive
    ? table.at(table.rows, table.columns)
    : add({ value: everyoneSize, rank: 2, fixed: stateOf(input.population.everyoneShown) });
  if (input.exclusive) {
    if (entries[population]!.value !== everyoneSize) throw new Error("protectLens: exclusive categories must add up to the population");
    lines.push({ parts: groupCells, total: groupTotal }, { parts: restCells, total: restTotal });
  }
  lines.push({ parts: [groupTotal, restTotal], total: population });

  const initial: EntryState[] = entries.map((entry) => (entry.value < k ? "fewer" : "shown"));
  // Rule 3 (group attribution): a small group almost all in one answer shows only its total.
  const largest = Math.max(0, ...input.group);
  const attributed = input.exclusive && groupSize < 2 * k && largest >= attributionShare * groupSize;
  if (attributed) for (const g of groupCells) if (initial[g] === "shown") initial[g] = "withheld";

  const { states, safe } = protectEntries({ entries, lines, initial }, k);
  if (!safe) return withheldAll;
  return {
    k,
    status: "shown",
    group: groupCells.map((g) => shownOf(states[g]!, entries[g]!.value, k)),
    groupTotal: shownOf(states[groupTotal]!, groupSize, k),
    attributed,
  };
}
