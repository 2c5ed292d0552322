import { useTranslation } from "react-i18next";
import type { SummaryField } from "~/components/error-summary";
import type { ConsentChoices } from "~/modules/consent/consent-choices";

type ChoiceName = keyof ConsentChoices;

/** Letters come from the locale: the consent text names them, and Arabic says (أ)(ب)(ج)(د). */
const choices: Array<{ name: ChoiceName; letter: string; label: string; hint: string }> = [
  { name: "useInSummaries", letter: "consent.choices.letters.a", label: "consent.choices.useInSummaries", hint: "consent.choices.useInSummariesHint" },
  { name: "draftersMayQuote", letter: "consent.choices.letters.b", label: "consent.choices.draftersMayQuote", hint: "consent.choices.draftersMayQuoteHint" },
  { name: "publicQuotes", letter: "consent.choices.letters.c", label: "consent.choices.publicQuotes", hint: "consent.choices.publicQuotesHint" },
  { name: "inboxContact", letter: "consent.choices.letters.d", label: "consent.choices.inboxContact", hint: "consent.choices.inboxContactHint" },
];

/** The choices as an error summary names them: the summary's link leads to the first box. */
export function consentSummaryField(legend: string): SummaryField {
  return { name: "consent", label: legend, id: `consent-${choices[0]!.name}` };
}

/**
 * The four separate consent choices as checkboxes. Nothing is ticked unless
 * the person ticked it themselves (`checked` comes from their own earlier
 * choice or from the form they just sent, never from a default).
 *
 * (d) is shown only when `offerInboxContact` says so (offersInboxContact: the
 * inbox exists and the person has an account); otherwise the box is not
 * there at all, so nothing posts it.
 */
export function ConsentChoicesFieldset({
  checked,
  error,
  legend,
  offerInboxContact = false,
}: {
  checked?: Partial<Record<ChoiceName, boolean>>;
  error?: string;
  legend?: string;
  offerInboxContact?: boolean;
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
      {choices.filter((choice) => offerInboxContact || choice.name !== "inboxContact").map((choice) => (
        <div className="checkbox" key={choice.name}>
          <input
            type="checkbox"
            id={`consent-${choice.name}`}
            name={choice.name}
            defaultChecked={checked?.[choice.name] === true}
            aria-describedby={`consent-${choice.name}-hint`}
          />
          <label htmlFor={`consent-${choice.name}`}>
            <span className="checkbox__letter">{t(choice.letter)}</span> {t(choice.label)}
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
