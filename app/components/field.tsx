import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type FieldProps = {
  label: string;
  name: string;
  /** Translation key of the error, from the server. */
  error?: string;
  /** Values the error message interpolates (e.g. a suggestion). */
  errorValues?: Record<string, string>;
  hint?: string;
  multiline?: boolean;
  /** A fixed id, for an error summary to link to (see fieldId); otherwise a generated one. */
  id?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/**
 * Label, hint and error around one control, tied together with ids and
 * aria-describedby. Field (text) and SelectField (choices) both use it, so
 * every form field in Convene reads the same to a screen reader.
 */
export function FieldShell({
  label,
  hint,
  error,
  errorValues,
  id: fixedId,
  children,
}: {
  label: string;
  id?: string;
  hint?: string;
  /** Translation key of the error, from the server. */
  error?: string;
  errorValues?: Record<string, string>;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = fixedId ?? generatedId;
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
          {t(error, errorValues)}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
    </div>
  );
}

/**
 * The one accessible form field: label, hint and error are tied to the
 * input with aria-describedby, and the input says when it is invalid.
 */
export function Field({ label, name, error, errorValues, hint, multiline, id, ...inputProps }: FieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} errorValues={errorValues} id={id}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            name={name}
            defaultValue={inputProps.defaultValue as string | undefined}
            required={inputProps.required}
            autoComplete="off"
            rows={6}
          />
        ) : (
          <input {...control} name={name} {...inputProps} />
        )
      }
    </FieldShell>
  );
}
