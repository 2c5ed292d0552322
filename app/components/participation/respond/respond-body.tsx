import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormProblem } from "~/components/form-problem";
import type { FormFailure } from "~/http/forms.server";
import type { RespondPage } from "~/modules/submissions/respond-page.server";
import { respondPath, type Step } from "~/modules/submissions/respond-steps";
import type { Receipt } from "~/modules/submissions/submit-contribution.server";
import { InputWindowNotice } from "../input-window-notice";
import { ReceiptCodeDisplay } from "../receipt-code";
import { SelfDescriptionInvitation } from "../self-description";
import { answerFormId } from "./answer-form-id";
import { RespondHeading } from "./respond-heading";
import { ReviewPage } from "./review-page";
import { ThemePage } from "./theme-page";

export { answerFormId };

/** Does the page (as its loader sees it) show an answer form? Mirrors the choice of body in RespondBody. */
export function showsAnswerForm(loaderData: unknown): boolean {
  const page = loaderData as Partial<RespondPage> | undefined;
  return Boolean(
    page && !page.databaseDown && page.contribution?.editable && page.inputWindow === "open" && page.step !== "review" && page.themeStep,
  );
}

/**
 * The header's language choice belongs to the answer form wherever the
 * loader expects one (`handle`); the pages shown after saving or sending have
 * nothing left to save, so there the same controls simply change language.
 */
function LanguageFormStandIn({ page }: { page: RespondPage }) {
  if (!showsAnswerForm(page)) return null;
  return (
    <form id={answerFormId} method="post" action="/language">
      <input type="hidden" name="returnTo" value={respondPath(page.slug, page.step)} />
    </form>
  );
}

/** Reload, Back or a new visit after sending: that it was sent, how to come back to it, and nothing else. */
function SentPage({ page }: { page: RespondPage }) {
  const { t } = useTranslation("participation");
  return (
    <>
      <RespondHeading page={page}>{t("sent.title")}</RespondHeading>
      <p className="lead" role="status">
        {t("sent.intro")}
      </p>
      {page.signedIn ? (
        <>
          <p>
            {t("sent.account")} <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
          <Form method="post" action={respondPath(page.slug, "review")}>
            <button type="submit" name="intent" value="change" className="button--secondary">
              {t("contribution.edit")}
            </button>
          </Form>
        </>
      ) : (
        <p>
          {t("sent.withReceiptCode")} <Link to="/receipt">{t("nav.receipt", { ns: "common" })}</Link>
        </p>
      )}
      {page.asksSelfDescription ? <SelfDescriptionInvitation slug={page.slug} signedIn={page.signedIn} /> : null}
      <h2>{t("sent.nextHeading")}</h2>
      <p>{t("sent.next")}</p>
    </>
  );
}

/** What the action answered, as the page receives it. */
export type RespondReply =
  | { failure: FormFailure }
  | { receipt: Receipt; edited: boolean }
  | { alreadySent: true }
  | { savedLater: { kind: "new"; code: string } | { kind: "existing" } | { kind: "account" }; step: Step }
  | { autosaved: true };

/**
 * Which page the answering address shows: after the action (sent, already
 * sent, saved for later, or the form again with what went wrong), or for the
 * step and the contribution as they are.
 */
export function RespondBody({ page, reply }: { page: RespondPage; reply: RespondReply | undefined }) {
  const { t } = useTranslation("participation");

  if (reply && "receipt" in reply) {
    const { receipt, edited } = reply;
    return (
      <>
        <RespondHeading page={page}>{edited ? t("sent.editedTitle") : t("sent.title")}</RespondHeading>
        <p className="lead" role="status">
          {edited ? t("sent.editedIntro") : t("sent.intro")}
        </p>
        {receipt.kind === "code" ? <ReceiptCodeDisplay code={receipt.code} /> : null}
        {receipt.kind === "savedCode" ? (
          <p>
            {t("sent.savedCode")} <Link to="/receipt">{t("nav.receipt", { ns: "common" })}</Link>
          </p>
        ) : null}
        {receipt.kind === "account" ? (
          <p>
            {t("sent.account")} <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
        ) : null}
        {page.asksSelfDescription ? (
          <SelfDescriptionInvitation slug={page.slug} signedIn={page.signedIn} receiptCode={receipt.kind === "code" ? receipt.code : undefined} />
        ) : null}
        <h2>{t("sent.nextHeading")}</h2>
        <p>{t("sent.next")}</p>
        <LanguageFormStandIn page={page} />
      </>
    );
  }

  if (reply && "alreadySent" in reply) {
    return (
      <>
        <RespondHeading page={page}>{t("sent.alreadyTitle")}</RespondHeading>
        <p>{page.signedIn ? t("sent.alreadyAccount") : t("sent.alreadyReceipt")}</p>
        <p>{page.signedIn ? <Link to="/me">{t("sent.toMyContributions")}</Link> : <Link to="/receipt">{t("receipt.title")}</Link>}</p>
        <LanguageFormStandIn page={page} />
      </>
    );
  }

  if (reply && "savedLater" in reply) {
    const saved = reply.savedLater;
    return (
      <>
        <RespondHeading page={page}>{t("savedLater.title")}</RespondHeading>
        <p className="lead" role="status">
          {t("savedLater.intro")}
        </p>
        {saved.kind === "new" ? <ReceiptCodeDisplay code={saved.code} /> : null}
        {saved.kind === "existing" ? (
          <>
            <p>{t("savedLater.existing")}</p>
            <Form method="post" action={respondPath(page.slug, reply.step)}>
              <input type="hidden" name="idempotencyKey" value={page.formKey} />
              <button type="submit" name="intent" value="newCode" className="button--secondary">
                {t("receiptCode.replace")}
              </button>
            </Form>
          </>
        ) : null}
        {saved.kind === "account" ? (
          <p>
            {t("savedLater.account")} <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
        ) : null}
        <p>{t("savedLater.leave")}</p>
        <p>
          <Link to={respondPath(page.slug, reply.step)}>{t("savedLater.continueNow")}</Link>
        </p>
        <LanguageFormStandIn page={page} />
      </>
    );
  }

  const failure = reply && "failure" in reply ? reply.failure : undefined;
  const contribution = page.contribution;

  let body: React.ReactNode;
  if (page.justSent && !failure) {
    body = <SentPage page={page} />;
  } else if (failure?.unavailable && page.step === "review") {
    // Not sent (server or network unreachable): the same form, to try again.
    body = <ReviewPage page={page} failure={failure} />;
  } else if (page.databaseDown && !failure) {
    body = (
      <>
        <RespondHeading page={page}>{t("respond.title")}</RespondHeading>
        <p role="alert">{t("errors.unavailableBody", { ns: "common" })}</p>
      </>
    );
  } else if (failure && page.step === "review" && contribution) {
    // What went wrong, on the page it went wrong on, with everything that was typed.
    body = <ReviewPage page={page} failure={failure} />;
  } else if (failure && page.themeStep) {
    body = <ThemePage page={page} failure={failure} />;
  } else if (!contribution && !failure) {
    body = (
      <>
        <RespondHeading page={page}>{t("respond.title")}</RespondHeading>
        <p>{t("respond.startFirst")}</p>
        <p>
          <Link className="button" to={`/c/${page.slug}/consent`}>
            {t("respond.toConsent")}
          </Link>
        </p>
        <p>
          {t("respond.haveCode")} <Link to="/receipt">{t("receipt.title")}</Link>
        </p>
      </>
    );
  } else if (contribution && !contribution.editable) {
    body = (
      <>
        <RespondHeading page={page}>{t("respond.title")}</RespondHeading>
        <p>{t("respond.inReview")}</p>
        {page.signedIn ? (
          <p>
            <Link to="/me">{t("sent.toMyContributions")}</Link>
          </p>
        ) : null}
      </>
    );
  } else if (page.inputWindow !== "open" && !failure) {
    body = (
      <>
        <RespondHeading page={page}>{t("respond.title")}</RespondHeading>
        <InputWindowNotice state={page.inputWindow} opensOn={page.opensOn} closesOn={page.closesOn} />
      </>
    );
  } else if (page.step === "review" && contribution) {
    body = <ReviewPage page={page} failure={failure} />;
  } else if (page.themeStep) {
    body = <ThemePage page={page} failure={failure} />;
  } else {
    body = (
      <>
        <RespondHeading page={page}>{t("respond.title")}</RespondHeading>
        <FormProblem messageKey={failure?.formError} values={{ opens: page.opensOn, closes: page.closesOn }} />
      </>
    );
  }
  return body;
}
