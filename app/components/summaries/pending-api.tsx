/**
 * TEMPORARY stand-in for the lead's ShownCountText (tasks/api.md) until it
 * lands on main: replaced by ./shown-count-text on `git merge main`.
 */
import { useTranslation } from "react-i18next";
import type { ShownCount } from "~/modules/disclosure/shown-count";

export function ShownCountText({ count }: { count: ShownCount }) {
  const { t, i18n } = useTranslation("workspace");
  if (count.kind === "count") return <>{new Intl.NumberFormat(i18n.language).format(count.value)}</>;
  return <>{count.kind === "fewer" ? t("disclosure.fewer", { k: count.k }) : t("disclosure.withheld")}</>;
}
