import { useId } from "react";

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
