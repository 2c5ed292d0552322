import { useTranslation } from "react-i18next";
import { languageLabel } from "~/modules/consultations/language-names";

/** One <option> per language code, named in the reader's interface language ("Spanish (es)"). */
export function LanguageOptions({ languages }: { languages: readonly string[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {languages.map((code) => (
        <option key={code} value={code}>
          {languageLabel(code, i18n.language)}
        </option>
      ))}
    </>
  );
}
