import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import type { FormFailure } from "~/http/forms.server";
import { offersInboxContact } from "~/modules/consent/consent-choices";
import { quoteLevelLabelKeys } from "~/modules/submissions/answer-fields";
import type { ContributionView } from "~/modules/submissions/contribution-view.server";
import { answerQuoteField } from "~/modules/submissions/answer-quote-form";
import { submissionStatusKeys } from "~/modules/submissions/status-labels";
import { withdrawnUnrecoverableWithinMinutes } from "~/modules/submissions/withdrawal-timing";
import { AnswerList } from "./answer-list";
import { ConsentChoicesFieldset, checkedFrom, consentSummaryField } from "./consent-choices-fieldset";


/**
 * One contribution as its author controls it ("My contributions" and
 * /receipt): what became of it, the answers, the consent choices (each can
 * be changed), and withdrawal with an honest note of what cannot be undone.
 * `hiddenFields` carries what the page's forms need (the receipt code at
 * /receipt); `editControl` is how to change the answers there.
 */
function ContributionDetails({
  view,
  action,
  hiddenFields,
  editControl,
  notice,
  failure,
  publishedBeforeWithdrawal,
}: {
  view: ContributionView;
  action: string;
  hiddenFields?: ReactNode;
  editControl?: ReactNode;
  /**
   * What was just done, as a translation key. Only /receipt passes one: its
   * page exists only as the answer to a post (the code is never in an
   * address), so there is no page to redirect to with a flash notice.
   */
  notice?: string;
  /** The choices just sent, refused: the error summary names them and the boxes keep what was ticked. */
  failure?: FormFailure;
  publishedBeforeWithdrawal?: boolean;
}) {
  const { t } = useTranslation("participation");
  const choicesLegend = t("contribution.choicesLegend");
  const withdrawn = view.status === "withdrawn";
  const textAnswers = view.themes.flatMap((group) => group.answers.filter((answer) => answer.text !== null));
  return (
    <article className="participation contribution">
      <ErrorSummary failure={failure} fields={[consentSummaryField(choicesLegend)]} />
      <p className="participation__consultation" lang={view.consultation.titleLanguage}>
        <Link to={`/c/${view.consultation.slug}`}>{view.consultation.title}</Link>
      </p>
      <h1>{t("contribution.title")}</h1>
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("contribution.status")}</dt>
        <dd>
          {t(submissionStatusKeys[view.status], { ns: "common" })}
          {view.publishedSummary ? ` · ${t("contribution.inPublishedSummary")}` : ""}
          {view.quoted ? ` · ${t("outcome.quoted")}` : ""}
        </dd>
        {view.receivedOn ? (
          <>
            <dt>{t("contribution.receivedOn")}</dt>
            <dd>{view.receivedOn}</dd>
          </>
        ) : null}
        <dt>{t("contribution.updatedOn")}</dt>
        <dd>{view.updatedOn}</dd>
        {view.withdrawnOn ? (
          <>
            <dt>{t("contribution.withdrawnOn")}</dt>
            <dd>{view.withdrawnOn}</dd>
          </>
        ) : null}
      </dl>

      {withdrawn ? (
        <section aria-labelledby="withdrawn-heading">
          <h2 id="withdrawn-heading">{t("withdraw.doneHeading")}</h2>
          <p>{t("withdraw.done")}</p>
          <p>{t("withdraw.unrecoverable", { minutes: withdrawnUnrecoverableWithinMinutes })}</p>
          <p>{publishedBeforeWithdrawal ? t("withdraw.publishedBefore") : t("withdraw.cannotUndo")}</p>
        </section>
      ) : (
        <>
          {view.editable ? editControl : <p>{t("contribution.notEditable")}</p>}

          <h2>{t("contribution.answersHeading")}</h2>
          {view.themes.length === 0 ? <p>{t("contribution.noAnswers")}</p> : null}
          <AnswerList
            groups={view.themes}
            level={3}
            idPrefix="answers"
            after={(answer) =>
              answer.text !== null ? (
                <p className="field__hint">
                  {answer.effectiveUse
                    ? t("review.use", { use: t(quoteLevelLabelKeys[answer.effectiveUse]) })
                    : t("contribution.notUsed")}
                </p>
              ) : null
            }
          />

          <section aria-labelledby="choices-heading">
            <h2 id="choices-heading">{t("contribution.choicesHeading")}</h2>
            {view.consent ? (
              <p className="field__hint">
                {view.consent.changedOn
                  ? t("contribution.consentChanged", {
                      version: view.consent.version,
                      given: view.consent.givenOn,
                      changed: view.consent.changedOn,
                    })
                  : t("contribution.consentGiven", { version: view.consent.version, given: view.consent.givenOn })}
              </p>
            ) : null}
            <Form method="post" action={action} noValidate>
              {hiddenFields}
              <ConsentChoicesFieldset
                checked={checkedFrom(failure?.values, view.consent)}
                legend={choicesLegend}
                error={failure?.errors.consent}
                offerInboxContact={offersInboxContact(!view.accountless)}
              />
              {textAnswers.length > 0 && view.allowedQuoteLevels.length > 1 ? (
                <fieldset className="answer-quotes">
                  <legend>{t("contribution.perAnswerLegend")}</legend>
                  {textAnswers.map((answer) => (
                    <fieldset key={answer.answerId} className="quote-choice">
                      <legend lang={answer.promptLanguage}>{answer.prompt}</legend>
                      {view.allowedQuoteLevels.map((level) => (
                        <div className="radio" key={level}>
                          <input
                            type="radio"
                            id={`${answer.answerId}-${level}`}
                            name={answerQuoteField(answer.answerId)}
                            value={level}
                            defaultChecked={answer.quoteConsent === level}
                          />
                          <label htmlFor={`${answer.answerId}-${level}`}>{t(quoteLevelLabelKeys[level])}</label>
                        </div>
                      ))}
                    </fieldset>
                  ))}
                </fieldset>
              ) : null}
              <p className="field__hint">{t("contribution.quotesRemovedAtOnce")}</p>
              <button type="submit" name="intent" value="consent">
                {t("contribution.saveChoices")}
              </button>
            </Form>
          </section>

          <section aria-labelledby="withdraw-heading" className="withdraw">
            <h2 id="withdraw-heading">{t("withdraw.heading")}</h2>
            <p>{t("withdraw.whatHappens")}</p>
            <Form method="post" action={action}>
              {hiddenFields}
              <button type="submit" name="intent" value="withdraw" className="button--danger">
                {t("withdraw.submit")}
              </button>
            </Form>
          </section>
        </>
      )}
    </article>
  );
}

/**
 * The second step of withdrawing (as deleting an account has one): exactly
 * what is destroyed and what cannot be undone, before anything is — said
 * here once, where the person decides, not also on the page before. Only its
 * button (intent "confirmWithdraw") withdraws; `keepControl` goes back.
 */
function WithdrawConfirmation({
  view,
  action,
  hiddenFields,
  keepControl,
}: {
  view: ContributionView;
  action: string;
  hiddenFields?: ReactNode;
  keepControl: ReactNode;
}) {
  const { t } = useTranslation("participation");
  return (
    <article className="participation contribution">
      <p className="participation__consultation" lang={view.consultation.titleLanguage}>
        <Link to={`/c/${view.consultation.slug}`}>{view.consultation.title}</Link>
      </p>
      <h1>{t("withdraw.confirmTitle")}</h1>
      <p>{t("withdraw.confirmIntro")}</p>
      <ul>
        <li>{t("withdraw.destroysAnswers")}</li>
        <li>{t("withdraw.destroysChoices")}</li>
        <li>{t("withdraw.destroysUse")}</li>
      </ul>
      <p>{t("withdraw.keepsNote")}</p>
      <p>{t("withdraw.unrecoverable", { minutes: withdrawnUnrecoverableWithinMinutes })}</p>
      <p>{view.publishedSummary ? t("withdraw.publishedAlready") : t("withdraw.cannotUndo")}</p>
      <Form method="post" action={action}>
        {hiddenFields}
        <button type="submit" name="intent" value="confirmWithdraw" className="button--danger">
          {t("withdraw.confirm")}
        </button>
      </Form>
      {keepControl}
    </article>
  );
}

/**
 * The one "change choices or withdraw" page of a contribution, for "My
 * contributions" and /receipt alike (the use case is change-or-withdraw.server.ts):
 * the contribution with its forms, or, once "Withdraw" was pressed, the
 * confirmation step.
 */
export function OwnContribution({
  confirmingWithdrawal,
  keepControl,
  ...details
}: Parameters<typeof ContributionDetails>[0] & { confirmingWithdrawal: boolean; keepControl: ReactNode }) {
  if (confirmingWithdrawal) {
    return <WithdrawConfirmation view={details.view} action={details.action} hiddenFields={details.hiddenFields} keepControl={keepControl} />;
  }
  return <ContributionDetails {...details} />;
}
