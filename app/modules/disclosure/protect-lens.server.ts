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
import type { ProtectedCounts } from "./protect-table.server";
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

/** Interim (replaced by the linked audit): threshold, rule 2 and rule 3 only, every category hidden when any is. */
export function protectLens(input: ProtectLensInput): ProtectedLens {
  const k = Math.max(3, Math.floor(input.k));
  const withheldAll: ProtectedLens = { k, status: "withheld", group: input.group.map(() => ({ kind: "withheld" })), groupTotal: { kind: "withheld" }, attributed: false };
  const { group, everyone } = input.population;
  if (group < k || everyone - group < k) return withheldAll;
  const cells: ShownCount[] = input.group.map((value) => (value < k ? { kind: "fewer", k } : { kind: "count", value }));
  const anyHidden = cells.some((cell) => cell.kind !== "count");
  return {
    k,
    status: "shown",
    group: anyHidden ? cells.map((cell) => (cell.kind === "count" ? { kind: "withheld" } : cell)) : cells,
    groupTotal: { kind: "count", value: group },
    attributed: false,
  };
}
