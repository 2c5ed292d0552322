import { Form } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languageNames, supportedLanguages } from "~/modules/i18n/config";

/**
 * A plain form so it works with JavaScript off; the choice is kept in a cookie.
 * On a page with unsaved answers, `formId` names that page's form: the choice
 * and the button then belong to it (the `form` attribute), so changing
 * language posts the answers too, and the page saves them before switching.
 */
export function LanguageSwitcher({ returnTo, formId }: { returnTo: string; formId?: string }) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  return (
    <Form method="post" action="/language" className="language-switcher" reloadDocument>
      <label htmlFor={selectId}>{t("language.label")}</label>
      <select id={selectId} name="language" defaultValue={i18n.language} key={i18n.language} form={formId}>
        {supportedLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" form={formId} name={formId ? "intent" : undefined} value={formId ? "language" : undefined}>
        {t("language.submit")}
      </button>
    </Form>
  );
}
