import { useTranslation } from "react-i18next";
import { titleMeta } from "~/modules/i18n/meta";

export const meta = titleMeta("safety.title");

export default function SafetyPage() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <h1>{t("safety.title")}</h1>
      <p className="lead">{t("safety.intro")}</p>
      <h2>{t("safety.quickExitHeading")}</h2>
      <p>{t("safety.quickExitBody")}</p>
      <p>{t("safety.quickExitLimits")}</p>
      <h2>{t("safety.deviceHeading")}</h2>
      <p>{t("safety.deviceBody")}</p>
      <h2>{t("safety.browsingHeading")}</h2>
      <p>{t("safety.browsingBody")}</p>
      <h2>{t("safety.nothingStoredHeading")}</h2>
      <p>{t("safety.nothingStoredBody")}</p>
    </article>
  );
}
