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
  children: ReactNode;
};

/** A labelled <select> with hint and error tied to it, like Field for text inputs. */
export function SelectField({ label, name, error, hint, defaultValue, required, children }: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue} required={required}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
