import { useTranslation } from "react-i18next";
import { honeypotField } from "~/modules/safety/honeypot";

/**
 * The honeypot (app/modules/safety/honeypot.ts). `display: none` hides it
 * from sight, keyboard and screen readers alike; the label is for a browser
 * that shows no styles.
 */
export function HoneypotField() {
  const { t } = useTranslation();
  return (
    <div className="honeypot">
      <label htmlFor="honeypot-field">{t("honeypot.label")}</label>
      <input type="text" id="honeypot-field" name={honeypotField} defaultValue="" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
