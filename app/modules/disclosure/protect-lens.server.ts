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
  /**
   * For a lens of two values: each one-value lens it lies within, with its
   * true counts and as it is published (its own protectLens output, for the
   * same view). "disability=yes" minus "disability=yes & over 60" is a group
   * too, and must not come out small.
   */
  enclosing?: ReadonlyArray<{ group: readonly number[]; population: number; shown: ProtectedLens }>;
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
  // Rule 2 (differencing): the group and everyone else in the view both reach k, or nothing is shown;
  // for a lens of two values, also what is left of each one-value lens without it.
  if (groupSize < k || everyoneSize - groupSize < k) return withheldAll;
  if ((input.enclosing ?? []).some((outer) => outer.population - groupSize < k)) return withheldAll;

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

  // The one-value lenses around a two-value one: their published counts, and what lies between.
  const outerCellsOf: number[][] = [];
  const outerTotalOf: number[] = [];
  const betweenOf: number[][] = [];
  const betweenTotalOf: number[] = [];
  for (const outer of input.enclosing ?? []) {
    const published = outer.shown.status === "shown";
    const fixedOrFree = (shown: ShownCount): Partial<LinkedEntry> => (published ? { fixed: stateOf(shown) } : { free: true });
    const outerCells = outer.group.map((value, index) => add({ value, rank: 3, ...fixedOrFree(outer.shown.group[index]!) }));
    const outerTotal = add({ value: outer.population, rank: 3, ...fixedOrFree(outer.shown.groupTotal) });
    // Outside the outer lens (its own "everyone else"), as its own protection left it: free to the attacker.
    const outerRest = outer.group.map((value, index) => add({ value: entries[categoryTotal(index)]!.value - value, rank: 3, free: true }));
    const outerRestTotal = add({ value: everyoneSize - outer.population, rank: 3, free: true });
    // In the outer lens but not in this one: never shown, protected like a cell.
    const between = input.group.map((value, index) => add({ value: outer.group[index]! - value, rank: 0 }));
    const betweenTotal = add({ value: outer.population - groupSize, rank: 1 });
    input.group.forEach((_, index) => {
      lines.push({ parts: [outerCells[index]!, outerRest[index]!], total: categoryTotal(index) });
      lines.push({ parts: [groupCells[index]!, between[index]!], total: outerCells[index]! });
    });
    lines.push({ parts: [outerTotal, outerRestTotal], total: population }, { parts: [groupTotal, betweenTotal], total: outerTotal });
    if (input.exclusive) lines.push({ parts: outerCells, total: outerTotal }, { parts: outerRest, total: outerRestTotal }, { parts: between, total: betweenTotal });
    outerCellsOf.push(outerCells);
    outerTotalOf.push(outerTotal);
    betweenOf.push(between);
    betweenTotalOf.push(betweenTotal);
  }
  // With both: everyone = A + (B without A) + neither — "in neither group" comes out of four published counts.
  const both = input.enclosing;
  if (both?.length === 2) {
    const neither = input.group.map((value, index) => add({ value: entries[categoryTotal(index)]!.value - both[0]!.group[index]! - both[1]!.group[index]! + value, rank: 0 }));
    const neitherTotal = add({ value: everyoneSize - both[0]!.population - both[1]!.population + groupSize, rank: 1 });
    input.group.forEach((_, index) => lines.push({ parts: [outerCellsOf[0]![index]!, betweenOf[1]![index]!, neither[index]!], total: categoryTotal(index) }));
    lines.push({ parts: [outerTotalOf[0]!, betweenTotalOf[1]!, neitherTotal], total: population });
    if (input.exclusive) lines.push({ parts: neither, total: neitherTotal });
  }

  for (const [index, entry] of entries.entries()) if (!Number.isInteger(entry.value) || entry.value < 0) throw new Error(`protectLens: entry ${index} is not a count within its total`);
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
