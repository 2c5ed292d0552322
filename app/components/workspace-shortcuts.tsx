import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/**
 * Keyboard shortcuts of the facilitators' queue and item pages: a few lines
 * of script in these routes only (never on a participant's page). Each key
 * acts on an element the page marks with `data-shortcut`, so without
 * JavaScript the same buttons and links are simply there. Keys do nothing
 * while typing in a field or with a modifier held.
 *
 * j / k: next / previous (rows of the queue; contributions on an item page),
 * o: open the current row, a / h / r: approve / hold / reject, t: tag.
 */
export type ShortcutKey = "j" | "k" | "o" | "a" | "h" | "r" | "t";

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
}

export function useWorkspaceShortcuts() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typing(event.target)) return;
      const key = event.key as ShortcutKey;
      const rows = [...document.querySelectorAll<HTMLElement>("[data-shortcut=row]")];
      if (rows.length > 0 && (key === "j" || key === "k" || key === "o")) {
        const current = rows.indexOf(document.activeElement as HTMLElement);
        if (key === "o") {
          if (current >= 0) rows[current]!.click();
        } else {
          const next = key === "j" ? Math.min(current + 1, rows.length - 1) : Math.max(current - 1, 0);
          rows[next]?.focus();
        }
        event.preventDefault();
        return;
      }
      const target = document.querySelector<HTMLElement>(`[data-shortcut="${key}"]`);
      if (!target) return;
      event.preventDefault();
      // Buttons and links act; fields (the reason, the theme) take focus so the person chooses.
      if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) target.click();
      else target.focus();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}

/** The list of shortcuts, shown on the page (it says what each key does here). */
export function ShortcutList({ keys }: { keys: ReadonlyArray<{ key: ShortcutKey; label: string }> }) {
  const { t } = useTranslation("workspace");
  return (
    <details className="shortcuts">
      <summary>{t("queue.shortcuts.heading")}</summary>
      <p>{t("queue.shortcuts.intro")}</p>
      <dl>
        {keys.map(({ key, label }) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
