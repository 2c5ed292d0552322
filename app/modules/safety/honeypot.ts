/**
 * A honeypot: a form field people never see (hidden by CSS, skipped by
 * keyboard and screen readers) but that form-filling scripts fill in. A
 * post with it filled is answered as if it worked and does nothing, so the
 * script learns nothing.
 */
export const honeypotField = "website";

export function isHoneypotFilled(values: Readonly<Record<string, string | undefined>>): boolean {
  return (values[honeypotField] ?? "") !== "";
}
