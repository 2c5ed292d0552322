import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/error-summary";
import {
  SelfDescriptionForm,
  SelfDescriptionWhy,
  selfDescriptionSummaryFields,
} from "~/components/participation/self-description";
import { formFailure, parseForm, refusedForm, retryAfterHeaders, tooManyAttempts, type FormFailure } from "~/http/forms.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requirePermission } from "~/http/require-permission.server";
import { notFound } from "~/http/responses.server";
import { consumeRateLimit } from "~/modules/safety/rate-limit.server";
import { deleteSelfDescription } from "~/modules/self-description/delete-self-description.server";
import {
  findParticipantSentContribution,
  findSelfDescriptionConsultation,
  isOwnSentContribution,
  isSentContributionOf,
} from "~/modules/self-description/own-sent-contribution.server";
import { readOwnSelfDescription } from "~/modules/self-description/read-own-self-description.server";
import { saveSelfDescription } from "~/modules/self-description/save-self-description.server";
import { consentField, formFromValues, valuesFromForm } from "~/modules/self-description/self-description-answers";
import { selfDescriptionForm } from "~/modules/self-description/self-description-form";
import { findByReceiptCode } from "~/modules/submissions/receipts.server";

export const handle = { i18n: "selfdescription" };
export const meta = titleMeta("selfdescription:form.title");
/** A refused receipt code says when to try again. */
export const headers = retryAfterHeaders;

/**
 * The optional self-description, after the contribution was sent (never
 * before the answers). With an account it is the participant's sent
 * contribution here; without one, whoever holds its receipt code — typed in
 * the form, or carried from the page that showed it in a hidden field, never
 * in an address or a cookie (docs/decisions.md).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "input:give", undefined);
  const consultation = await findSelfDescriptionConsultation(params.slug ?? "");
  if (!consultation) notFound();
  const base = { slug: consultation.slug, asked: consultation.dimensions };
  if (actor.kind !== "participant") return { ...base, kind: "form" as const, askCode: true, values: {}, signedIn: false };
  const submissionId = await findParticipantSentContribution(consultation.id, actor.participantId);
  if (!submissionId) return { ...base, kind: "notSent" as const, askCode: false, values: {}, signedIn: true };
  const own = await readOwnSelfDescription(submissionId);
  return { ...base, kind: "form" as const, askCode: false, values: formFromValues(own?.values ?? null), signedIn: true };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "input:give", undefined);
  const consultation = await findSelfDescriptionConsultation(params.slug ?? "");
  if (!consultation) notFound();
  const form = await parseForm(request, selfDescriptionForm, { secretFields: ["receiptCode"] });
  if (!form.ok) return formFailure(form.failure, form.status);
  const posted = form.data;
  const code = posted.receiptCode ?? "";

  // Whose contribution: the receipt code's (whoever is signed in: a code is not an account), else the account's.
  let submissionId: string | null = null;
  if (code) {
    const limit = await consumeRateLimit("receipt:client", context.clientKey ?? "unknown");
    if (!limit.allowed) return tooManyAttempts(withoutCode(form.values), limit.retryAfterSeconds);
    const holder = await findByReceiptCode(code);
    submissionId = holder && (await isSentContributionOf(holder.submissionId, consultation.id)) ? holder.submissionId : null;
    if (!submissionId) return refusedForm({ field: "receiptCode", error: "participation:receipt.errors.notFound" }, withoutCode(form.values));
  } else if (actor.kind === "participant") {
    submissionId = posted.contribution
      ? (await isOwnSentContribution(posted.contribution, consultation.id, actor.participantId))
        ? posted.contribution
        : null
      : await findParticipantSentContribution(consultation.id, actor.participantId);
    if (!submissionId) notFound();
  } else {
    return refusedForm({ field: "receiptCode", error: "selfdescription:errors.receiptRequired" }, withoutCode(form.values));
  }
  const carried = code ? { code } : {};
  const back = actor.kind === "participant" && !code ? `/me/contributions/${submissionId}` : null;

  if (posted.intent === "open") {
    const own = await readOwnSelfDescription(submissionId);
    return data({ opened: { values: formFromValues(own?.values ?? null), ...carried, contribution: submissionId } });
  }
  if (posted.intent === "delete") {
    await deleteSelfDescription(submissionId);
    if (back) return redirectWithNotice(back, "selfdescription:notices.deleted");
    return data({ done: "selfdescription:notices.deleted" as const });
  }
  const saved = await saveSelfDescription({
    submissionId,
    values: valuesFromForm(form.values),
    consented: posted[consentField] === "on",
  });
  if (saved.kind === "notFound") notFound();
  if (saved.kind === "refused") {
    return data({ failure: { ...failureOf(saved, withoutCode(form.values)) }, ...carried, contribution: submissionId }, { status: 400 });
  }
  const notice = saved.changed ? ("selfdescription:notices.changed" as const) : ("selfdescription:notices.saved" as const);
  if (back) return redirectWithNotice(back, notice);
  return data({ done: notice });
}

const withoutCode = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([name]) => name !== "receiptCode"));

function failureOf(refusal: { field: string; error: string }, values: Record<string, string>): FormFailure {
  return refusal.field === "form" ? { errors: {}, values, formError: refusal.error } : { errors: { [refusal.field]: refusal.error }, values };
}

type Reply =
  | { failure: FormFailure; code?: string; contribution?: string }
  | { opened: { values: Record<string, string>; code?: string; contribution: string } }
  | { done: string };

export default function AboutYouPage() {
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as Reply | undefined;
  const { t } = useTranslation("selfdescription");
  const skipTo = page.signedIn ? "/me" : `/c/${page.slug}`;

  if (reply && "done" in reply) {
    return (
      <section className="prose participation">
        <h1>{t("form.title")}</h1>
        <p className="notice" role="status">
          {t(reply.done)}
        </p>
        <p>{t("done.receipt")} <Link to="/receipt">{t("participation:receipt.title")}</Link></p>
        <p>
          <Link to={`/c/${page.slug}`}>{t("done.backToConsultation")}</Link>
        </p>
      </section>
    );
  }
  if (page.kind === "notSent" && !reply) {
    return (
      <section className="prose participation">
        <h1>{t("form.title")}</h1>
        <p>{t("form.notSent")}</p>
        <p>
          <Link to={`/c/${page.slug}`}>{t("done.backToConsultation")}</Link>
        </p>
      </section>
    );
  }

  const failure = reply && "failure" in reply ? reply.failure : undefined;
  const code = reply && "opened" in reply ? reply.opened.code : reply && "code" in reply ? reply.code : undefined;
  const contribution = reply && "opened" in reply ? reply.opened.contribution : reply && "contribution" in reply ? reply.contribution : undefined;
  const values = failure?.values ?? (reply && "opened" in reply ? reply.opened.values : page.values);
  // A code carried from the page that showed it (or accepted once) rides along hidden; otherwise it is asked for.
  const askCode = page.askCode && !code;
  const hidden = (
    <>
      {code ? <input type="hidden" name="receiptCode" value={code} /> : null}
      {page.signedIn && !code && contribution ? <input type="hidden" name="contribution" value={contribution} /> : null}
    </>
  );
  return (
    <section className="prose participation">
      <ErrorSummary failure={failure} fields={selfDescriptionSummaryFields(t, page.asked, askCode)} />
      <h1>{t("form.title")}</h1>
      <SelfDescriptionWhy />
      <p>{t("form.allOptional")}</p>
      <SelfDescriptionForm slug={page.slug} asked={page.asked} values={values} failure={failure} hiddenFields={hidden} askCode={askCode} skipTo={skipTo} />
    </section>
  );
}
