import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import { SaveRetry } from "~/components/save-retry";
import type { FormFailure } from "~/http/forms.server";
import { offersInboxContact } from "~/modules/consent/consent-choices";
import { quoteLevelLabelKeys } from "~/modules/submissions/answer-fields";
import { hasTextField } from "~/modules/submissions/answered-questions";
import type { RespondPage } from "~/modules/submissions/respond-page.server";
import { respondPath } from "~/modules/submissions/respond-steps";
import { AnswerList } from "../answer-list";
import { ConsentChoicesFieldset, checkedFrom, consentSummaryField } from "../consent-choices-fieldset";
import { ProgressSummary, StepNavigation } from "../progress";
import { formKeyFor, retryIntentOf } from "./form-state";
import { RespondHeading } from "./respond-heading";

/** The review step: every answer with what looks identifying marked, the consent choices again, and "Send". */
export function ReviewPage({ page, failure }: { page: RespondPage; failure?: FormFailure }) {
  const { t } = useTranslation("participation");
  // Null only while the database is unreachable (the page then shows the posted choices).
  const contribution = page.contribution;
  const firstSend = contribution?.status !== "received";
  const flagged = page.review.some((group) => group.answers.some((answer) => answer.spans.length > 0));
  // The consent text the person agreed to: from the page, or (database unreachable) as it was posted.
  const consentTextId = page.consentTextId ?? (failure?.unavailable ? failure.values.consentTextId : undefined);
  return (
    <>
      <ErrorSummary
        failure={failure}
        fields={[consentSummaryField(t("review.choicesLegend"))]}
        formErrorValues={{ opens: page.opensOn, closes: page.closesOn }}
      />
      <ProgressSummary steps={page.steps} current="review" />
      <RespondHeading page={page}>{t("review.title")}</RespondHeading>
      <p>{t("review.intro")}</p>
      {flagged ? (
        <div className="notice notice--warning" role="note">
          <p>{t("review.identifyingWarning")}</p>
        </div>
      ) : null}
      {page.databaseDown ? (
        <p>{t("review.answersNotShown")}</p>
      ) : page.review.length === 0 ? (
        <p>{t("review.nothingYet")}</p>
      ) : null}
      <AnswerList
        groups={page.review}
        level={2}
        idPrefix="review"
        after={(answer, group) => (
          <>
            {answer.spans.length > 0 ? <p className="field__hint">{t("review.itemFlagged")}</p> : null}
            {hasTextField(answer.kind) && answer.text ? (
              <p className="field__hint">{t("review.use", { use: t(quoteLevelLabelKeys[answer.quoteConsent]) })}</p>
            ) : null}
            <p>
              <Link to={`${respondPath(page.slug, group.theme)}#question-${answer.questionId}`}>
                {t("review.change")}
                <span className="visually-hidden">{`: ${answer.prompt}`}</span>
              </Link>
            </p>
          </>
        )}
      />
      <Form method="post" action={respondPath(page.slug, "review")} noValidate>
        <input type="hidden" name="idempotencyKey" value={formKeyFor(page, failure)} />
        {consentTextId ? <input type="hidden" name="consentTextId" value={consentTextId} /> : null}
        {failure?.unavailable ? <SaveRetry intent={retryIntentOf(failure, "submit")} /> : null}
        <ConsentChoicesFieldset
          legend={t("review.choicesLegend")}
          checked={checkedFrom(failure?.values, contribution?.choices ?? null)}
          error={failure?.errors.consent}
          offerInboxContact={offersInboxContact(page.signedIn)}
        />
        {!page.signedIn && contribution?.hasReceipt ? <p>{t("review.keepsSavedCode")}</p> : null}
        <div className="form-buttons">
          <button type="submit" name="intent" value="submit">
            {firstSend ? t("review.submit") : t("review.saveChanges")}
          </button>
          {firstSend ? (
            <button type="submit" name="intent" value="saveLater" className="button--secondary">
              {t("respond.saveLater")}
            </button>
          ) : null}
        </div>
        {!page.signedIn && contribution?.hasReceipt ? (
          <p>
            <button type="submit" name="intent" value="newCode" className="button--link">
              {t("receiptCode.replace")}
            </button>
          </p>
        ) : null}
      </Form>
      <StepNavigation slug={page.slug} steps={page.steps} current="review" />
    </>
  );
}
