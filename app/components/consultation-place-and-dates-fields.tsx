import { useTranslation } from "react-i18next";
import { Field } from "./field";
import { InterfaceLanguages } from "./interface-languages";

type Props = {
  errors: Record<string, string | undefined>;
  values: Record<string, string | undefined>;
  /** IANA time-zone names offered as suggestions. */
  timeZones: readonly string[];
};

/**
 * Where and when a consultation runs: the fields shared by the "new
 * consultation" form and its settings page, so both validate and read alike.
 */
export function ConsultationPlaceAndDatesFields({ errors, values, timeZones }: Props) {
  const { t } = useTranslation("consultations");
  return (
    <>
      <Field label={t("admin.fields.city")} name="regionCity" error={errors.regionCity} defaultValue={values.regionCity} required />
      <Field label={t("admin.fields.country")} name="regionCountry" error={errors.regionCountry} defaultValue={values.regionCountry} required />
      <Field
        label={t("admin.fields.timeZone")}
        hint={t("admin.fields.timeZoneHint")}
        name="timeZone"
        error={errors.timeZone}
        defaultValue={values.timeZone}
        list="time-zones"
        spellCheck={false}
        required
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Field
        label={t("admin.fields.languages")}
        hint={t("admin.fields.languagesHint")}
        name="languages"
        error={errors.languages}
        defaultValue={values.languages}
        spellCheck={false}
        required
      />
      <InterfaceLanguages />
      <Field label={t("admin.fields.opensOn")} name="opensOn" type="date" error={errors.opensOn} defaultValue={values.opensOn} required />
      <Field
        label={t("admin.fields.opensAtTime")}
        hint={t("admin.fields.opensAtTimeHint")}
        name="opensAtTime"
        type="time"
        error={errors.opensAtTime}
        defaultValue={values.opensAtTime}
      />
      <Field label={t("admin.fields.closesOn")} name="closesOn" type="date" error={errors.closesOn} defaultValue={values.closesOn} required />
      <Field
        label={t("admin.fields.closesAtTime")}
        hint={t("admin.fields.closesAtTimeHint")}
        name="closesAtTime"
        type="time"
        error={errors.closesAtTime}
        defaultValue={values.closesAtTime}
      />
    </>
  );
}
