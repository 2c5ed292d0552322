import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OwnContribution } from "~/components/participation/contribution-details";
import { InboxThread } from "~/components/participation/inbox-thread";
import { OwnSelfDescription } from "~/components/participation/self-description";
import { RegionalSupport } from "~/components/participation/support-resources";
import { formFailure, parseForm, refusedForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { keepFormWhenDatabaseDown, whenDatabaseDown } from "~/http/keep-form-when-database-down.server";
import { titleMeta } from "~/http/meta";
import { redirectWithNotice } from "~/http/notice.server";
import { requirePermission } from "~/http/require-permission.server";
import { invariantResponse, serviceUnavailable } from "~/http/responses.server";
import { openOwnThread, replyToFacilitator, turnOffInboxContact } from "~/modules/inbox/participant-thread.server";
import { readOwnSelfDescription } from "~/modules/self-description/read-own-self-description.server";
import { listRegionalSupport } from "~/modules/safety/regional-support.server";
import { changeOrWithdraw, changeOrWithdrawRequest } from "~/modules/submissions/change-or-withdraw.server";
import { ownContributionForm } from "~/modules/submissions/contribution-forms";
import { getContributionView } from "~/modules/submissions/contribution-view.server";
import { getContributionById } from "~/modules/submissions/contributions.server";
import { withdrawnUnrecoverableWithinMinutes } from "~/modules/submissions/withdrawal-timing";

// "About you (optional)": the person's own self-description, its strings in their own namespace.
export const handle = { i18n: "selfdescription" };
export const meta = titleMeta("participation:contribution.title");

/** Only the participant it belongs to; anyone else gets the same 404 as for an id that does not exist. */
async function requireOwnContribution(request: Request, submissionId: string) {
  const row = await getContributionById(submissionId);
  await requirePermission(request, "submission:own", { participantId: row?.participantId ?? null });
  invariantResponse(row, 404);
  return row;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  return whenDatabaseDown(async () => {
    const row = await requireOwnContribution(request, params.id ?? "");
    const language = await detectLanguage(request);
    const view = await getContributionView(row.id, language);
    invariantResponse(view, 404);
    return {
      view,
      thread: await openOwnThread(row.id),
      selfDescription: await readOwnSelfDescription(row.id),
      support: await listRegionalSupport(language, { consultationSlugs: [view.consultation.slug] }),
    };
    // The database is unreachable: the translated 503 page ("nothing already saved is lost"), not a crash page.
  }, () => serviceUnavailable());
}

export async function action({ request, params }: ActionFunctionArgs) {
  // This page's answers are decrypted from the database, so without it there is no form to show again: a 503 page.
  return keepFormWhenDatabaseDown(request, () => changeOwnContribution(request, params.id ?? ""));
}

async function changeOwnContribution(request: Request, id: string) {
  const row = await requireOwnContribution(request, id);
  const form = await parseForm(request, ownContributionForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  const posted = form.data;
  const path = `/me/contributions/${row.id}`;
  if (posted.intent === "reply") {
    const replied = await replyToFacilitator({ submissionId: row.id, body: posted.body });
    if (!replied.ok) return refusedForm(replied, form.values);
    return redirectWithNotice(path, "participation:inbox.notices.sent");
  }
  if (posted.intent === "contactOff") {
    await turnOffInboxContact(row.id);
    return redirectWithNotice(path, "participation:inbox.notices.contactOff");
  }
  const result = await changeOrWithdraw({
    submissionId: row.id,
    hasAccount: true,
    request: changeOrWithdrawRequest(posted, form.values),
  });
  switch (result.kind) {
    case "refused":
      return refusedForm(result, form.values);
    case "confirmWithdraw":
      return { confirmWithdraw: true as const };
    case "choicesSaved":
      return redirectWithNotice(path, "participation:contribution.notices.choicesSaved");
    case "withdrawn":
    case "alreadyWithdrawn": {
      // Withdrawal unlinks the contribution from the account, so this page is no longer the
      // person's own: "My contributions" says what happened (only which kind of note, no id).
      const published = result.kind === "withdrawn" && result.publishedSummaryExisted;
      const values = { minutes: String(withdrawnUnrecoverableWithinMinutes) };
      return redirectWithNotice(
        "/me",
        published
          ? { key: "participation:withdraw.notices.withdrawnPublishedBefore", values }
          : { key: "participation:withdraw.notices.withdrawn", values },
      );
    }
  }
}

export default function MyContributionPage() {
  const { view, thread, selfDescription, support } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("participation");
  const path = `/me/contributions/${view.id}`;
  const failure = result && "failure" in result ? result.failure : undefined;
  // Each form's failure goes back to that form only: a refused reply must not untick the consent boxes.
  const replyFailure = failure?.values.intent === "reply" ? failure : undefined;
  return (
    <>
      <OwnContribution
        view={view}
        action={path}
        confirmingWithdrawal={result !== undefined && "confirmWithdraw" in result}
        failure={replyFailure ? undefined : failure}
        keepControl={
          <p>
            <Link to={path}>{t("withdraw.keep")}</Link>
          </p>
        }
        editControl={
          <p>
            <Link className="button" to={`/c/${view.consultation.slug}/respond`}>
              {view.status === "draft" ? t("contribution.continueDraft") : t("contribution.edit")}
            </Link>
          </p>
        }
      />
      {selfDescription ? (
        <OwnSelfDescription slug={view.consultation.slug} own={selfDescription} hiddenFields={<input type="hidden" name="contribution" value={view.id} />} />
      ) : null}
      <InboxThread thread={thread} action={path} failure={replyFailure} />
      <p>
        <Link to="/me">{t("contribution.backToList")}</Link>
      </p>
      <RegionalSupport regions={support} />
    </>
  );
}
