import type { ReactNode } from "react";
import { FieldShell } from "./field";

type SelectFieldProps = {
  label: string;
  name: string;
  /** Translation key of the error, from the server. */
  error?: string;
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  /** A fixed id, for an error summary to link to (see fieldId). */
  id?: string;
  children: ReactNode;
};

/** A labelled <select> with hint and error tied to it, like Field for text inputs. */
export function SelectField({ label, name, error, hint, defaultValue, required, id, children }: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue} required={required}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
