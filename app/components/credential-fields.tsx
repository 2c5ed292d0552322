import { useTranslation } from "react-i18next";
import type { FormFailure } from "~/http/forms.server";
import { fieldId } from "./error-summary";
import { Field } from "./field";

type FailureProps = { failure?: FormFailure };

/** The pseudonym box of every participant form; never autocompleted, never spell-checked. */
export function PseudonymField({ failure, hint, defaultValue }: FailureProps & { hint?: string; defaultValue?: string }) {
  const { t } = useTranslation();
  return (
    <Field
      label={t("auth.fields.pseudonym")}
      name="pseudonym"
      id={fieldId("pseudonym")}
      hint={hint}
      error={failure?.errors.pseudonym}
      errorValues={failure?.errorValues?.pseudonym}
      defaultValue={failure?.values.pseudonym ?? defaultValue}
      autoComplete="off"
      spellCheck={false}
      required
    />
  );
}

/** A new passphrase typed twice (join, recovery, staff invitation). Never re-filled after an error. */
export function NewPassphraseFields({ failure, label, hint }: FailureProps & { label: string; hint?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={label}
        name="passphrase"
        id={fieldId("passphrase")}
        type="password"
        hint={hint}
        error={failure?.errors.passphrase}
        autoComplete="new-password"
        required
      />
      <Field
        label={t("auth.fields.repeatPassphrase")}
        name="repeatPassphrase"
        id={fieldId("repeatPassphrase")}
        type="password"
        error={failure?.errors.repeatPassphrase}
        autoComplete="new-password"
        required
      />
    </>
  );
}

/** The current passphrase at sign-in. */
export function CurrentPassphraseField({ failure }: FailureProps) {
  const { t } = useTranslation();
  return (
    <Field
      label={t("auth.fields.passphrase")}
      name="passphrase"
      id={fieldId("passphrase")}
      type="password"
      error={failure?.errors.passphrase}
      autoComplete="current-password"
      required
    />
  );
}

/** The one-time code step (TOTP or backup code) of staff sign-in and enrolment. */
export function AuthenticationCodeField({ failure }: FailureProps) {
  const { t } = useTranslation();
  return (
    <Field
      label={t("staff.fields.code")}
      name="code"
      error={failure?.errors.code}
      autoComplete="one-time-code"
      spellCheck={false}
      required
    />
  );
}

/**
 * "This is a shared device" (sign in, new account): the session then ends
 * when the browser closes (a cookie without expiry) and after 15 idle minutes.
 */
export function SharedDeviceField({ failure }: FailureProps) {
  const { t } = useTranslation();
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id="shared-device"
        name="sharedDevice"
        aria-describedby="shared-device-hint"
        defaultChecked={failure?.values.sharedDevice === "on"}
      />
      <label htmlFor="shared-device">{t("auth.fields.sharedDevice")}</label>
      <p className="field__hint" id="shared-device-hint">
        {t("auth.fields.sharedDeviceHint")}
      </p>
    </div>
  );
}
