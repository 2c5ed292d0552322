import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, fieldId } from "~/components/error-summary";
import { Field } from "~/components/field";
import { OwnContribution } from "~/components/participation/contribution-details";
import { OwnSelfDescription } from "~/components/participation/self-description";
import { RegionalSupport } from "~/components/participation/support-resources";
import { draftCookie } from "~/http/draft-cookie.server";
import { formFailure, parseForm, refusalFailure, refusedForm, retryAfterHeaders, tooManyAttempts, type FormFailure } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { requirePermission } from "~/http/require-permission.server";
import { consumeRateLimit } from "~/modules/safety/rate-limit.server";
import { readOwnSelfDescription } from "~/modules/self-description/read-own-self-description.server";
import { listRegionalSupport } from "~/modules/safety/regional-support.server";
import { changeOrWithdraw, changeOrWithdrawRequest } from "~/modules/submissions/change-or-withdraw.server";
import { receiptForm } from "~/modules/submissions/contribution-forms";
import { getContributionView } from "~/modules/submissions/contribution-view.server";
import { findByReceiptCode, resumeWithReceipt } from "~/modules/submissions/receipts.server";

// Once the code is entered: "About you (optional)", the person's own self-description.
export const handle = { i18n: "selfdescription" };
export const meta = titleMeta("participation:receipt.title");
/** A refused attempt says when to try again. */
export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "input:give", undefined);
  // Before a code is entered nothing says which consultation: every region's services.
  return { support: await listRegionalSupport(await detectLanguage(request)) };
}

/**
 * Every request carries the code (typed, or in the page's hidden field): it
 * is checked each time, counted against the rate limit, and never put in a
 * URL or a cookie — so this page exists only as the answer to a post, and
 * says what was just done itself instead of redirecting with a notice.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  await requirePermission(request, "input:give", undefined);
  const form = await parseForm(request, receiptForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const values = { receiptCode: form.values.receiptCode ?? "" };
  const limit = await consumeRateLimit("receipt:client", context.clientKey ?? "unknown");
  if (!limit.allowed) return tooManyAttempts(values, limit.retryAfterSeconds);
  const holder = await findByReceiptCode(form.data.receiptCode);
  const unknownCode = { field: "receiptCode", error: "participation:receipt.errors.notFound" };
  if (!holder) return refusedForm(unknownCode, values);
  const posted = form.data;

  if (posted.intent === "edit") {
    const token = await resumeWithReceipt(holder.submissionId);
    if (token) {
      return redirect(`/c/${holder.consultationSlug}/respond`, {
        status: 303,
        headers: { "Set-Cookie": draftCookie(request, holder.consultationSlug, token) },
      });
    }
  }
  // Opening it (or "edit" once it can no longer be changed) only shows it; the rest is the one path of My contributions.
  const result =
    posted.intent === "open" || posted.intent === "edit"
      ? null
      : await changeOrWithdraw({
          submissionId: holder.submissionId,
          // A receipt code is not an account, whoever is signed in: this input has no inbox.
          hasAccount: false,
          request: changeOrWithdrawRequest(posted, form.values),
        });
  const language = await detectLanguage(request);
  const view = await getContributionView(holder.submissionId, language);
  if (!view) return refusedForm(unknownCode, values);
  const support = await listRegionalSupport(language, { consultationSlugs: [view.consultation.slug] });
  const selfDescription = await readOwnSelfDescription(holder.submissionId);
  const failure: FormFailure | undefined = result?.kind === "refused" ? refusalFailure(result, form.values) : undefined;
  const notice =
    result?.kind === "choicesSaved"
      ? "participation:contribution.notices.choicesSaved"
      : result?.kind === "withdrawn" || result?.kind === "alreadyWithdrawn"
        ? "participation:contribution.notices.withdrawn"
        : undefined;
  return data(
    {
      view,
      code: posted.receiptCode,
      notice,
      failure,
      publishedBeforeWithdrawal: result?.kind === "withdrawn" && result.publishedSummaryExisted,
      confirmWithdraw: result?.kind === "confirmWithdraw",
      selfDescription,
      support,
    },
    { status: failure ? 400 : 200 },
  );
}

export default function ReceiptPage() {
  const result = useActionData<typeof action>();
  const { support } = useLoaderData<typeof loader>();
  const { t } = useTranslation("participation");

  if (result && "view" in result) {
    const hidden = <input type="hidden" name="receiptCode" value={result.code} />;
    return (
      <>
        <OwnContribution
          view={result.view}
          action="/receipt"
          hiddenFields={hidden}
          confirmingWithdrawal={result.confirmWithdraw}
          notice={result.notice}
          failure={result.failure}
          publishedBeforeWithdrawal={result.publishedBeforeWithdrawal}
          keepControl={
            <Form method="post" action="/receipt">
              {hidden}
              <button type="submit" name="intent" value="open" className="button--secondary">
                {t("withdraw.keep")}
              </button>
            </Form>
          }
          editControl={
            <Form method="post" action="/receipt">
              {hidden}
              <button type="submit" name="intent" value="edit">
                {result.view.status === "draft" ? t("contribution.continueDraft") : t("contribution.edit")}
              </button>
            </Form>
          }
        />
        {result.selfDescription ? <OwnSelfDescription slug={result.view.consultation.slug} own={result.selfDescription} hiddenFields={hidden} /> : null}
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
