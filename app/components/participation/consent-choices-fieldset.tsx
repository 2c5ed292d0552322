import { useTranslation } from "react-i18next";
import type { SummaryField } from "~/components/error-summary";
import type { ConsentChoices } from "~/modules/consent/consent-choices";

type ChoiceName = keyof ConsentChoices;

const choices: Array<{ name: ChoiceName; label: string; hint: string }> = [
  { name: "useInSummaries", label: "consent.choices.useInSummaries", hint: "consent.choices.useInSummariesHint" },
  { name: "draftersMayQuote", label: "consent.choices.draftersMayQuote", hint: "consent.choices.draftersMayQuoteHint" },
  { name: "publicQuotes", label: "consent.choices.publicQuotes", hint: "consent.choices.publicQuotesHint" },
  { name: "inboxContact", label: "consent.choices.inboxContact", hint: "consent.choices.inboxContactHint" },
];

/** The choices as an error summary names them: the summary's link leads to the first box. */
export function consentSummaryField(legend: string): SummaryField {
  return { name: "consent", label: legend, id: `consent-${choices[0]!.name}` };
}

/**
 * The four separate consent choices as checkboxes. Nothing is ticked unless
 * the person ticked it themselves (`checked` comes from their own earlier
 * choice or from the form they just sent, never from a default).
 */
export function ConsentChoicesFieldset({
  checked,
  error,
  legend,
}: {
  checked?: Partial<Record<ChoiceName, boolean>>;
  error?: string;
  legend?: string;
}) {
  const { t } = useTranslation("participation");
  return (
    <fieldset className="consent-choices" aria-describedby={error ? "consent-choices-error" : undefined}>
      <legend>{legend ?? t("consent.choices.legend")}</legend>
      {error ? (
        <p className="field__error" id="consent-choices-error">
          {t(error)}
        </p>
      ) : null}
      {choices.map((choice, index) => (
        <div className="checkbox" key={choice.name}>
          <input
            type="checkbox"
            id={`consent-${choice.name}`}
            name={choice.name}
            defaultChecked={checked?.[choice.name] === true}
            aria-describedby={`consent-${choice.name}-hint`}
          />
          <label htmlFor={`consent-${choice.name}`}>
            <span className="checkbox__letter">{`(${String.fromCharCode(97 + index)})`}</span> {t(choice.label)}
          </label>
          <p className="field__hint" id={`consent-${choice.name}-hint`}>
            {t(choice.hint)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}

/** Checked state from a failed form's values ("on" or absent), or from saved choices. */
export function checkedFrom(
  values: Record<string, string> | undefined,
  saved: Partial<ConsentChoices> | null | undefined,
): Partial<ConsentChoices> {
  if (values) {
    return {
      useInSummaries: values.useInSummaries === "on",
      draftersMayQuote: values.draftersMayQuote === "on",
      publicQuotes: values.publicQuotes === "on",
      inboxContact: values.inboxContact === "on",
    };
  }
  return saved ?? {};
}
