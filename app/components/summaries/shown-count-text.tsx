import { useTranslation } from "react-i18next";
import type { ShownCount } from "~/modules/disclosure/shown-count";

/**
 * A protected count in words: the number (in the page's numerals), "fewer
 * than k", or "not shown". The strings live in the staff "workspace"
 * namespace and, for the public outcome page, in "outcome" — whichever the
 * page loaded (i18next takes the first namespace that has the key).
 */
export function ShownCountText({ count }: { count: ShownCount }) {
  const { t, i18n } = useTranslation(["workspace", "outcome"]);
  if (count.kind === "count") return <>{new Intl.NumberFormat(i18n.language).format(count.value)}</>;
  if (count.kind === "fewer") return <>{t("disclosure.fewer", { k: count.k })}</>;
  return <>{t("disclosure.withheld")}</>;
}
