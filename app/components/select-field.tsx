import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type SelectFieldProps = {
  label: string;
  name: string;
  /** Translation key of the error, from the server. */
  error?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  children: ReactNode;
};

/** A labelled <select> with hint and error tied to it, like Field for text inputs. */
export function SelectField({ label, name, error, hint, defaultValue, required, children }: SelectFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {t(error)}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {children}
      </select>
    </div>
  );
}

/** A checkbox with its label after it; never checked unless `defaultChecked` says so. */
export function CheckboxField({ label, name, defaultChecked }: { label: string; name: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input type="checkbox" id={id} name={name} defaultChecked={defaultChecked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
