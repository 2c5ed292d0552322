import { useId } from "react";

/**
 * A checkbox with its label after it; never checked unless `defaultChecked` says so.
 * `shortcut` marks it for the workspace's keyboard shortcuts (workspace-shortcuts.tsx).
 */
export function CheckboxField({ label, name, defaultChecked, shortcut }: { label: string; name: string; defaultChecked?: boolean; shortcut?: string }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input type="checkbox" id={id} name={name} defaultChecked={defaultChecked} data-shortcut={shortcut} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
