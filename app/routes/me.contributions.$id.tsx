import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import {
  ContributionDetails,
  WithdrawConfirmation,
  type ContributionNotice,
} from "~/components/participation/contribution-details";
import { RegionalSupport } from "~/components/participation/support-resources";
import { requirePermission } from "~/http/require-permission.server";
import { choicesFrom, consentFields, consentProblem } from "~/modules/consent/consent-form";
import { keepFormWhenDatabaseDown, whenDatabaseDown } from "~/http/keep-form-when-database-down.server";
import { formFailure, parseForm } from "~/http/forms.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { listRegionalSupport } from "~/modules/safety/regional-support.server";
import { answerQuoteChoices } from "~/modules/submissions/answer-quote-form";
import { getContributionView } from "~/modules/submissions/contribution-view.server";
import { changeContributionConsent, getContributionById } from "~/modules/submissions/contributions.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";

export const meta = titleMeta("participation:contribution.title");

/** Only the participant it belongs to; anyone else gets the same 404 as for an id that does not exist. */
async function requireOwnContribution(request: Request, submissionId: string) {
  const row = await getContributionById(submissionId);
  await requirePermission(request, "submission:own", { participantId: row?.participantId ?? null });
  if (!row) throw new Response(null, { status: 404 });
  return row;
}

/** The database is unreachable: the translated 503 page ("nothing already saved is lost"), not a crash page. */
const unavailable = (): never => {
  throw new Response(null, { status: 503, headers: { "Retry-After": "10" } });
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  return whenDatabaseDown(async () => {
    const row = await requireOwnContribution(request, params.id ?? "");
    const language = await detectLanguage(request);
    const view = await getContributionView(row.id, language);
    if (!view) throw new Response(null, { status: 404 });
    return { view, support: await listRegionalSupport(language, { consultationSlugs: [view.consultation.slug] }) };
  }, unavailable);
}

/** "withdraw" only asks for confirmation; "confirmWithdraw" withdraws. */
const choicesForm = z.object({ intent: z.enum(["consent", "withdraw", "confirmWithdraw"]), ...consentFields });

export async function action({ request, params }: ActionFunctionArgs) {
  // This page's answers are decrypted from the database, so without it there is no form to show again: a 503 page.
  return keepFormWhenDatabaseDown(request, () => changeOwnContribution(request, params.id ?? ""));
}

async function changeOwnContribution(request: Request, id: string) {
  const row = await requireOwnContribution(request, id);
  const form = await parseForm(request, choicesForm);
  if (!form.ok) return formFailure(form.failure, form.status);
  if (form.data.intent === "withdraw") return data({ confirmWithdraw: true as const });
  if (form.data.intent === "confirmWithdraw") {
    const result = await withdrawContribution(row.id);
    // Withdrawal unlinks the contribution from the account, so this page is no longer the
    // person's own: "My contributions" says what happened (only which kind of note, no id).
    const published = result.kind === "withdrawn" && result.publishedSummaryExisted;
    return redirect(`/me?withdrawn=${published ? "published" : "done"}`);
  }
  let notice: ContributionNotice | undefined;
  const choices = choicesFrom(form.data);
  const consentError = consentProblem(choices, "change", { hasAccount: true }) ?? undefined;
  if (!consentError) {
    await changeContributionConsent(row.id, choices, { answerQuoteConsent: answerQuoteChoices(form.values) });
    notice = "choicesSaved";
  }
  return data({ notice, consentError }, { status: consentError ? 400 : 200 });
}

export default function MyContributionPage() {
  const { view, support } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("participation");
  const outcome = result && "notice" in result ? result : undefined;
  if (result && "confirmWithdraw" in result) {
    return (
      <WithdrawConfirmation
        view={view}
        action={`/me/contributions/${view.id}`}
        keepControl={
          <p>
            <Link to={`/me/contributions/${view.id}`}>{t("withdraw.keep")}</Link>
          </p>
        }
      />
    );
  }
  return (
    <>
      <ContributionDetails
        view={view}
        action={`/me/contributions/${view.id}`}
        notice={outcome?.notice}
        consentError={outcome?.consentError}
        editControl={
          <p>
            <Link className="button" to={`/c/${view.consultation.slug}/respond`}>
              {view.status === "draft" ? t("contribution.continueDraft") : t("contribution.edit")}
            </Link>
          </p>
        }
      />
      <p>
        <Link to="/me">{t("contribution.backToList")}</Link>
      </p>
      <RegionalSupport regions={support} />
    </>
  );
}
