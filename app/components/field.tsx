import { useId, type InputHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

type FieldProps = {
  label: string;
  name: string;
  /** Translation key of the error, from the server. */
  error?: string;
  hint?: string;
  multiline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/**
 * The one accessible form field: label, hint and error are tied to the
 * input with aria-describedby, and the input says when it is invalid.
 */
export function Field({ label, name, error, hint, multiline, ...inputProps }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
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
      {multiline ? (
        <textarea
          {...shared}
          defaultValue={inputProps.defaultValue as string | undefined}
          required={inputProps.required}
          autoComplete="off"
          rows={6}
        />
      ) : (
        <input {...shared} {...inputProps} />
      )}
    </div>
  );
}
