import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FormFailure } from "~/http/forms.server";

/** A field the summary can name and link to: its form name, its visible label, and the id of its control. */
export type SummaryField = { name: string; label: string; id?: string };

/** The id a Field gets when a form's error summary links to it (ids must not hold dots or spaces). */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/**
 * GOV.UK's error summary, first in the page: "There is a problem", what was
 * wrong with the form as a whole, and one link per field error that names
 * the field and leads to it. Without JavaScript it is simply the first thing
 * on the page; with JavaScript it also takes focus whenever a new failure
 * arrives, so a keyboard or screen-reader user is not left on the button at
 * the bottom. Nothing is shown while the form merely could not be sent
 * (`unavailable`): SaveRetry speaks for that.
 */
export function ErrorSummary({
  failure,
  fields = [],
  formErrorValues,
  fieldErrorKey = (key) => key,
}: {
  failure?: FormFailure;
  fields?: readonly SummaryField[];
  /** Interpolation values of the form-level message (e.g. a consultation's dates). */
  formErrorValues?: Record<string, unknown>;
  /** How the page shows a field's error key next to the field, so both say the same. */
  fieldErrorKey?: (key: string) => string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = failure && !failure.unavailable ? failure : undefined;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;

  const labelOf = (name: string) => fields.find((field) => field.name === name)?.label;
  const tooLargeLabel = shown.tooLargeField ? labelOf(shown.tooLargeField) : undefined;
  const formMessage = tooLargeLabel
    ? t("errors.tooLargeNamed", { field: tooLargeLabel })
    : shown.formError
      ? t(shown.formError, formErrorValues)
      : null;
  // In the order the fields appear on the page; an error on a field the page does not show is said without a link.
  const known = fields.filter((field) => shown.errors[field.name]);
  const unknown = Object.keys(shown.errors).filter((name) => !labelOf(name));
  const message = (name: string) => t(fieldErrorKey(shown.errors[name]!), shown.errorValues?.[name]);
  if (!formMessage && known.length === 0 && unknown.length === 0) return null;

  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t("errorSummary.title")}
      </h2>
      {formMessage ? <p>{formMessage}</p> : null}
      {known.length > 0 || unknown.length > 0 ? (
        <ul className="error-summary__list">
          {known.map((field) => {
            const id = field.id ?? fieldId(field.name);
            return (
              <li key={field.name}>
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    // The browser would only scroll there; the person wants to type there.
                    const control = document.getElementById(id);
                    if (!control) return;
                    event.preventDefault();
                    control.focus();
                  }}
                >
                  {t("errorSummary.entry", { field: field.label, message: message(field.name) })}
                </a>
              </li>
            );
          })}
          {unknown.map((name) => (
            <li key={name}>{message(name)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
