import { Form } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { languageNames, supportedLanguages } from "~/modules/i18n/config";

/** A plain form so it works with JavaScript off; the choice is kept in a cookie. */
export function LanguageSwitcher({ returnTo }: { returnTo: string }) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  return (
    <Form method="post" action="/language" className="language-switcher" reloadDocument>
      <label htmlFor={selectId}>{t("language.label")}</label>
      <select id={selectId} name="language" defaultValue={i18n.language} key={i18n.language}>
        {supportedLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit">{t("language.submit")}</button>
    </Form>
  );
}
