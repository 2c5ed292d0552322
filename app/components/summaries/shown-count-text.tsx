import { useTranslation } from "react-i18next";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import { formattingLocale } from "~/modules/i18n/config";

/**
 * A protected count in words: the number (in the page's numerals), "fewer
 * than k", or "not shown". The words live in the staff "workspace"
 * namespace and, for the public outcome page, in "outcome": the page names
 * the one it loaded, so a participant's browser never fetches staff strings.
 */
export function ShownCountText({ count, ns = "workspace" }: { count: ShownCount; ns?: "workspace" | "outcome" }) {
  const { t, i18n } = useTranslation(ns);
  if (count.kind === "count") return <>{new Intl.NumberFormat(formattingLocale(i18n.language)).format(count.value)}</>;
  if (count.kind === "fewer") return <>{t("disclosure.fewer", { k: count.k })}</>;
  return <>{t("disclosure.withheld")}</>;
}
