import { useTranslation } from "react-i18next";
import { themeLabelKeys, themes } from "~/modules/consultations/themes";
import { SelectField } from "./select-field";

/** The four themes (prevention, protection, participation, recovery) as one select, the same on every form. */
export function ThemeSelectField({ error, defaultValue }: { error?: string; defaultValue?: string }) {
  const { t } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  return (
    <SelectField label={t("admin.fields.theme")} name="theme" error={error} defaultValue={defaultValue}>
      {themes.map((theme) => (
        <option key={theme} value={theme}>
          {tCommon(themeLabelKeys[theme])}
        </option>
      ))}
    </SelectField>
  );
}
