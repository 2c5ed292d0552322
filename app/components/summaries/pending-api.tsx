/**
 * TEMPORARY stand-ins for the lead's read-side API (tasks/api.md) until it
 * lands on main: replaced by imports of ~/modules/disclosure/shown-count and
 * ./shown-count-text on `git merge main`.
 */
import { useTranslation } from "react-i18next";

export type ShownCount = { kind: "count"; value: number } | { kind: "fewer"; k: number } | { kind: "withheld" };

export function countValue(count: ShownCount): number | null {
  return count.kind === "count" ? count.value : null;
}

export function shareOf(part: ShownCount, whole: ShownCount): number | null {
  if (part.kind !== "count" || whole.kind !== "count" || whole.value === 0) return null;
  return Math.round((part.value / whole.value) * 100);
}

export function ShownCountText({ count }: { count: ShownCount }) {
  const { t, i18n } = useTranslation("workspace");
  if (count.kind === "count") return <>{new Intl.NumberFormat(i18n.language).format(count.value)}</>;
  return <>{count.kind === "fewer" ? t("disclosure.fewer", { k: count.k }) : t("disclosure.withheld")}</>;
}
