import { Form } from "@remix-run/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import { SaveRetry } from "~/components/save-retry";
import type { FormFailure } from "~/http/forms.server";
import type { QuoteLevel } from "~/modules/consent/consent-choices";
import { themeLabelKeys } from "~/modules/consultations/themes";
import type { QuestionValues } from "~/modules/submissions/respond-forms";
import type { RespondPage } from "~/modules/submissions/respond-page.server";
import { respondPath } from "~/modules/submissions/respond-steps";
import { ProgressSummary, StepNavigation } from "../progress";
import { answerError, QuestionFields, useAnswerSummaryFields } from "../question-fields";
import { AutosaveStatus, useAutosave } from "./autosave";
import { formKeyFor, postedQuoteLevels, retryIntentOf } from "./form-state";
import { answerFormId } from "./answer-form-id";
import { RespondHeading } from "./respond-heading";

/** One theme's page: its draft principles, its questions, and the buttons that save and move. */
export function ThemePage({ page, failure }: { page: RespondPage; failure?: FormFailure }) {
  const { t } = useTranslation("participation");
  const formRef = useRef<HTMLFormElement>(null);
  const themeStep = page.themeStep!;
  const action = respondPath(page.slug, themeStep.theme);
  const { fetcher, notSavedBeforeLeaving } = useAutosave(formRef, action);
  const summaryFields = useAnswerSummaryFields(themeStep.questions);
  const index = page.steps.indexOf(themeStep.theme);
  const isLast = index === page.steps.length - 1;
  const valuesFor = (questionId: string): QuestionValues => {
    if (failure) {
      const quote = failure.values[`q.${questionId}.quote`];
      return {
        text: failure.values[`q.${questionId}.text`] ?? "",
        stance: failure.values[`q.${questionId}.stance`] ?? "",
        optionIds: Object.keys(failure.values)
          .filter((name) => name.startsWith(`q.${questionId}.option.`) && failure.values[name] === "on")
          .map((name) => name.slice(`q.${questionId}.option.`.length))
          .concat(failure.values[`q.${questionId}.option`] ? [failure.values[`q.${questionId}.option`]!] : []),
        quote: (quote === "drafters" || quote === "public" ? quote : "count_only") as QuoteLevel,
      };
    }
    return page.values[questionId] ?? { text: "", stance: "", optionIds: [], quote: "count_only" };
  };
  const quoteLevelsShown =
    page.databaseDown && failure ? postedQuoteLevels(failure.values) : page.allowedQuoteLevels;
  return (
    <>
      <ErrorSummary
        failure={failure}
        fields={summaryFields}
        fieldErrorKey={(key) => answerError(key) ?? key}
        formErrorValues={{ opens: page.opensOn, closes: page.closesOn }}
      />
      <ProgressSummary steps={page.steps} current={themeStep.theme} />
      <RespondHeading page={page}>{t(themeLabelKeys[themeStep.theme], { ns: "common" })}</RespondHeading>
      <p>{t("respond.intro")}</p>
      {notSavedBeforeLeaving ? (
        <p className="form-problem" role="alert">
          {t("autosave.notSavedBeforeLeaving")}
        </p>
      ) : null}
      {themeStep.principles.length > 0 ? (
        <section className="principles-for-theme" aria-labelledby="principles-heading">
          <h2 id="principles-heading">{t("respond.principlesHeading")}</h2>
          {themeStep.principles.map((principle) =>
            principle.describesViolence ? (
              <details key={principle.number} className="content-note">
                <summary>{t("respond.contentNote", { number: principle.number })}</summary>
                <div lang={principle.language}>
                  <h3>{t("respond.principle", { number: principle.number, title: principle.title })}</h3>
                  <p>{principle.body}</p>
                </div>
              </details>
            ) : (
              <div key={principle.number} className="principle" lang={principle.language}>
                <h3>{t("respond.principle", { number: principle.number, title: principle.title })}</h3>
                <p>{principle.body}</p>
              </div>
            ),
          )}
        </section>
      ) : null}
      <Form method="post" action={action} noValidate ref={formRef} id={answerFormId}>
        <input type="hidden" name="idempotencyKey" value={formKeyFor(page, failure)} />
        <h2>{t("respond.questionsHeading")}</h2>
        {failure?.unavailable ? <SaveRetry intent={retryIntentOf(failure, "next")} /> : null}
        {themeStep.questions.map((question) => (
          <QuestionFields
            key={question.id}
            question={question}
            values={valuesFor(question.id)}
            errors={failure?.errors ?? {}}
            allowedQuoteLevels={quoteLevelsShown}
          />
        ))}
        <div className="form-buttons">
          <button type="submit" name="intent" value="next">
            {isLast ? t("respond.toReview") : t("respond.next")}
          </button>
          {index > 0 ? (
            <button type="submit" name="intent" value="previous" className="button--secondary">
              {t("respond.previous")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="saveLater" className="button--secondary">
            {t("respond.saveLater")}
          </button>
        </div>
        <AutosaveStatus fetcher={fetcher} />
        {!page.signedIn ? <p className="field__hint">{t("respond.saveLaterHint")}</p> : null}
      </Form>
      <StepNavigation slug={page.slug} steps={page.steps} current={themeStep.theme} formId={answerFormId} />
    </>
  );
}
