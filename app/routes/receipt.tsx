import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Field } from "~/components/field";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import {
  ContributionDetails,
  WithdrawConfirmation,
  type ContributionNotice,
} from "~/components/participation/contribution-details";
import { RegionalSupport } from "~/components/participation/support-resources";
import { requirePermission } from "~/http/require-permission.server";
import { choicesFrom, consentFields, consentProblem } from "~/modules/consent/consent-form";
import { formFailure, parseForm, retryAfterHeaders, tooManyAttempts } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { consumeRateLimit } from "~/modules/safety/rate-limit.server";
import { listRegionalSupport } from "~/modules/safety/regional-support.server";
import { answerQuoteChoices } from "~/modules/submissions/answer-quote-form";
import { getContributionView } from "~/modules/submissions/contribution-view.server";
import { changeContributionConsent } from "~/modules/submissions/contributions.server";
import { draftCookie } from "~/http/draft-cookie.server";
import { findByReceiptCode, resumeWithReceipt } from "~/modules/submissions/receipts.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";

export const meta = titleMeta("participation:receipt.title");
/** A refused attempt says when to try again. */
export const headers = retryAfterHeaders;

const receiptForm = z.object({
  /** "withdraw" only asks for confirmation; "confirmWithdraw" withdraws. */
  intent: z.enum(["open", "edit", "consent", "withdraw", "confirmWithdraw"]).default("open"),
  receiptCode: z.string({ message: "participation:receipt.errors.required" }).trim().min(1, {
    message: "participation:receipt.errors.required",
  }),
  ...consentFields,
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "input:give", undefined);
  // Before a code is entered nothing says which consultation: every region's services.
  return { support: await listRegionalSupport(await detectLanguage(request)) };
}

/**
 * Every request carries the code (typed, or in the page's hidden field): it
 * is checked each time, counted against the rate limit, and never put in a
 * URL or a cookie.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  await requirePermission(request, "input:give", undefined);
  const form = await parseForm(request, receiptForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const values = { receiptCode: form.values.receiptCode ?? "" };
  const limit = await consumeRateLimit("receipt:client", context.clientKey ?? "unknown");
  if (!limit.allowed) return tooManyAttempts(values, limit.retryAfterSeconds);
  const holder = await findByReceiptCode(form.data.receiptCode);
  if (!holder) {
    return formFailure({ errors: { receiptCode: "participation:receipt.errors.notFound" }, values });
  }
  const language = await detectLanguage(request);
  const code = form.data.receiptCode;
  let notice: ContributionNotice | undefined;
  let consentError: string | undefined;
  let publishedBeforeWithdrawal = false;
  let confirmWithdraw = false;

  switch (form.data.intent) {
    case "edit": {
      const token = await resumeWithReceipt(holder.submissionId);
      if (token) {
        return redirect(`/c/${holder.consultationSlug}/respond`, {
          status: 303,
          headers: { "Set-Cookie": draftCookie(request, holder.consultationSlug, token) },
        });
      }
      break;
    }
    case "consent": {
      const choices = choicesFrom(form.data);
      // A receipt code is not an account, whoever is signed in: this input has no inbox.
      consentError = consentProblem(choices, "change", { hasAccount: false }) ?? undefined;
      if (consentError) break;
      await changeContributionConsent(holder.submissionId, choices, { answerQuoteConsent: answerQuoteChoices(form.values) });
      notice = "choicesSaved";
      break;
    }
    case "withdraw":
      confirmWithdraw = true;
      break;
    case "confirmWithdraw": {
      const result = await withdrawContribution(holder.submissionId);
      publishedBeforeWithdrawal = result.kind === "withdrawn" && result.publishedSummaryExisted;
      notice = "withdrawn";
      break;
    }
    case "open":
      break;
  }
  const view = await getContributionView(holder.submissionId, language);
  if (!view) return formFailure({ errors: { receiptCode: "participation:receipt.errors.notFound" }, values });
  const support = await listRegionalSupport(language, { consultationSlugs: [view.consultation.slug] });
  // Confirming is asked only of input not withdrawn yet (a second tab may have withdrawn it already).
  confirmWithdraw &&= view.status !== "withdrawn";
  return data({ view, code, notice, consentError, publishedBeforeWithdrawal, confirmWithdraw, support }, { status: consentError ? 400 : 200 });
}

export default function ReceiptPage() {
  const result = useActionData<typeof action>();
  const { support } = useLoaderData<typeof loader>();
  const { t } = useTranslation("participation");

  if (result && "view" in result) {
    const hidden = <input type="hidden" name="receiptCode" value={result.code} />;
    if (result.confirmWithdraw) {
      return (
        <WithdrawConfirmation
          view={result.view}
          action="/receipt"
          hiddenFields={hidden}
          keepControl={
            <Form method="post" action="/receipt">
              {hidden}
              <button type="submit" name="intent" value="open" className="button--secondary">
                {t("withdraw.keep")}
              </button>
            </Form>
          }
        />
      );
    }
    return (
      <>
        <ContributionDetails
          view={result.view}
          action="/receipt"
          hiddenFields={hidden}
          notice={result.notice}
          consentError={result.consentError}
          publishedBeforeWithdrawal={result.publishedBeforeWithdrawal}
          editControl={
            <Form method="post" action="/receipt">
              {hidden}
              <button type="submit" name="intent" value="edit">
                {result.view.status === "draft" ? t("contribution.continueDraft") : t("contribution.edit")}
              </button>
            </Form>
          }
        />
        <RegionalSupport regions={result.support} />
      </>
    );
  }

  const failure = result && "failure" in result ? result.failure : undefined;
  return (
    <section className="prose participation">
      <ErrorSummary failure={failure} fields={[{ name: "receiptCode", label: t("receipt.field") }]} />
      <h1>{t("receipt.title")}</h1>
      <p>{t("receipt.intro")}</p>
      <Form method="post" action="/receipt" noValidate>
        <Field
          label={t("receipt.field")}
          name="receiptCode"
          id={fieldId("receiptCode")}
          hint={t("receipt.hint")}
          error={failure?.errors.receiptCode}
          defaultValue={failure?.values.receiptCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          required
        />
        <button type="submit" name="intent" value="open">
          {t("receipt.submit")}
        </button>
      </Form>
      <p>{t("receipt.lost")}</p>
      <RegionalSupport regions={support} />
    </section>
  );
}
