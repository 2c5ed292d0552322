import type { ReactNode } from "react";

/**
 * A data table that may be wider than a phone: it scrolls sideways inside
 * its own box (WCAG 1.4.10 lets data tables do so) instead of breaking words
 * letter by letter into narrow columns or widening the page. The box can
 * take focus so keyboard users can scroll it, and is named by the table's caption.
 */
export function WideTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (axe: scrollable-region-focusable)
    <div className="wide-table" role="region" aria-label={label} tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}
