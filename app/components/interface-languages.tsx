import { useTranslation } from "react-i18next";
import { awaitsNativeReview } from "~/modules/i18n/review-status";
import { languageNames, supportedLanguages } from "~/modules/i18n/config";

/**
 * Beside the "Languages offered" field, for organisation admins only: the
 * codes of Convene's own interface languages, each marked when its
 * translation still awaits a native speaker's review (review-status.ts).
 */
export function InterfaceLanguages() {
  const { t } = useTranslation("workspace");
  return (
    <div className="interface-languages">
      <p>{t("interfaceLanguages.intro")}</p>
      <ul>
        {supportedLanguages.map((code) => (
          <li key={code}>
            <span lang={code}>{languageNames[code]}</span> ({code})
            {awaitsNativeReview(code) ? <> — <strong>{t("interfaceLanguages.awaitingReview")}</strong></> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
