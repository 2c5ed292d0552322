/**
 * What a protected count becomes on a page, in a chart or in an export.
 * Shared by server and browser (no server-only imports); the rule that
 * decides it is protect-table.server.ts, and nothing else.
 */
export type ShownCount =
  /** Safe to show as it is. */
  | { kind: "count"; value: number }
  /** Below k (zero included), or its complement is: shown as "fewer than k". */
  | { kind: "fewer"; k: number }
  /** Not small itself, but hidden so that a smaller count cannot be worked out from the totals. */
  | { kind: "withheld" };

export function countValue(count: ShownCount): number | null {
  return count.kind === "count" ? count.value : null;
}

/**
 * A whole-number percentage, or null when either side is hidden: a share of
 * a hidden cell (or of a hidden total) would give the hidden number back.
 */
export function shareOf(part: ShownCount, whole: ShownCount): number | null {
  if (part.kind !== "count" || whole.kind !== "count" || whole.value === 0) return null;
  return Math.round((part.value / whole.value) * 100);
}
