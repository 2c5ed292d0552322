import { useTranslation } from "react-i18next";
import { fieldId, type SummaryField } from "~/components/error-summary";
import { Field } from "~/components/field";
import type { QuoteLevel } from "~/modules/consent/consent-choices";
import { answerField, quoteLevelLabelKeys, stanceLabelKeys, stances } from "~/modules/submissions/answer-fields";
import type { QuestionView } from "~/modules/submissions/participation-consultation.server";
import type { QuestionValues } from "~/modules/submissions/respond-forms";

export type { QuestionValues };

/** parseForm's own "too large" key becomes a message that says the limit. */
export function answerError(error: string | undefined): string | undefined {
  if (!error) return undefined;
  return error === "errors.fieldTooLarge" ? "participation:respond.errors.tooLong" : error;
}

function QuoteChoice({ questionId, value, allowed }: { questionId: string; value: QuoteLevel; allowed: readonly QuoteLevel[] }) {
  const { t } = useTranslation("participation");
  // Nothing offered: the person has not (yet) let their input be used at all, so there is no choice to describe.
  if (allowed.length === 0) return null;
  if (allowed.length === 1) {
    return <p className="field__hint">{t("quote.onlyCounted")}</p>;
  }
  return (
    <fieldset className="quote-choice">
      <legend>{t("quote.legend")}</legend>
      {allowed.map((level) => (
        <div className="radio" key={level}>
          <input
            type="radio"
            id={`${questionId}-quote-${level}`}
            name={answerField.quote(questionId)}
            value={level}
            defaultChecked={value === level || (!allowed.includes(value) && level === "count_only")}
          />
          <label htmlFor={`${questionId}-quote-${level}`}>{t(quoteLevelLabelKeys[level])}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The label of a stance question's "why" box. */
function stanceWhyLabel(t: (key: string, values?: Record<string, unknown>) => string, question: QuestionView): string {
  return question.principleNumber === null ? t("stance.why") : t("stance.whyPrinciple", { number: question.principleNumber });
}

/** The text boxes of a theme page as its error summary names them, in page order. */
export function useAnswerSummaryFields(questions: readonly QuestionView[]): SummaryField[] {
  const { t } = useTranslation("participation");
  return questions.flatMap((question) => {
    const name = answerField.text(question.id);
    if (question.kind === "free_text") return [{ name, label: question.prompt }];
    if (question.kind === "stance") return [{ name, label: stanceWhyLabel(t, question) }];
    return [];
  });
}

/** One question's inputs: free text, a stance with an optional "why", or a choice. Every one may be left empty. */
export function QuestionFields({
  question,
  values,
  errors,
  allowedQuoteLevels,
}: {
  question: QuestionView;
  values: QuestionValues;
  errors: Record<string, string>;
  allowedQuoteLevels: readonly QuoteLevel[];
}) {
  const { t } = useTranslation("participation");
  const unreadable = values.unreadable ? (
    <p className="field__error" role="status">
      {t("respond.unreadable")}
    </p>
  ) : null;

  if (question.kind === "free_text") {
    return (
      <div className="question" id={`question-${question.id}`} lang={question.language}>
        {unreadable}
        <Field
          label={question.prompt}
          name={answerField.text(question.id)}
          id={fieldId(answerField.text(question.id))}
          hint={question.help || undefined}
          error={answerError(errors[answerField.text(question.id)])}
          defaultValue={values.text}
          multiline
        />
        <QuoteChoice questionId={question.id} value={values.quote} allowed={allowedQuoteLevels} />
      </div>
    );
  }

  if (question.kind === "stance") {
    return (
      <div className="question" id={`question-${question.id}`}>
        {unreadable}
        <fieldset className="stance" lang={question.language}>
          <legend>{question.prompt}</legend>
          {question.help ? <p className="field__hint">{question.help}</p> : null}
          {(["", ...stances] as const).map((stance) => (
            <div className="radio" key={stance || "none"}>
              <input
                type="radio"
                id={`${question.id}-stance-${stance || "none"}`}
                name={answerField.stance(question.id)}
                value={stance}
                defaultChecked={values.stance === stance}
              />
              <label htmlFor={`${question.id}-stance-${stance || "none"}`}>
                {stance ? t(stanceLabelKeys[stance]) : t("stance.none")}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          label={stanceWhyLabel(t, question)}
          name={answerField.text(question.id)}
          id={fieldId(answerField.text(question.id))}
          error={answerError(errors[answerField.text(question.id)])}
          defaultValue={values.text}
          multiline
        />
        <QuoteChoice questionId={question.id} value={values.quote} allowed={allowedQuoteLevels} />
      </div>
    );
  }

  const multiple = question.kind === "multiple_choice";
  return (
    <div className="question" id={`question-${question.id}`}>
      <fieldset lang={question.language}>
        <legend>{question.prompt}</legend>
        {question.help ? <p className="field__hint">{question.help}</p> : null}
        {multiple ? <input type="hidden" name={answerField.shown(question.id)} value="1" /> : (
          <div className="radio">
            <input
              type="radio"
              id={`${question.id}-option-none`}
              name={answerField.option(question.id)}
              value=""
              defaultChecked={values.optionIds.length === 0}
            />
            <label htmlFor={`${question.id}-option-none`}>{t("stance.none")}</label>
          </div>
        )}
        {question.options.map((option) => (
          <div className={multiple ? "checkbox" : "radio"} key={option.id}>
            <input
              type={multiple ? "checkbox" : "radio"}
              id={`${question.id}-option-${option.id}`}
              name={multiple ? answerField.optionChoice(question.id, option.id) : answerField.option(question.id)}
              value={multiple ? "on" : option.id}
              defaultChecked={values.optionIds.includes(option.id)}
            />
            <label htmlFor={`${question.id}-option-${option.id}`} lang={option.language}>
              {option.label}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
