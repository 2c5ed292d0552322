/**
 * The one path by which the author of a contribution changes how it may be
 * used or withdraws it, whether they reach it through their account ("My
 * contributions") or with the receipt code (/receipt): "withdraw" only asks
 * (nothing is deleted before the person confirms), "confirmWithdraw"
 * withdraws, "consent" records new choices.
 */
import type { ConsentChoices, QuoteLevel } from "~/modules/consent/consent-choices";
import { choicesFrom, consentProblem } from "~/modules/consent/consent-form";
import { answerQuoteChoices } from "./answer-quote-form";
import { getDb } from "~/modules/db/db.server";
import { changeContributionConsent } from "./contributions.server";
import { withdrawContribution } from "./withdraw-contribution.server";

export type ChangeOrWithdrawRequest =
  | { intent: "consent"; choices: ConsentChoices; answerQuoteConsent: Map<string, QuoteLevel> }
  | { intent: "withdraw" }
  | { intent: "confirmWithdraw" };

export type ChangeOrWithdrawResult =
  | { kind: "choicesSaved" }
  | { kind: "refused"; field: "consent"; error: string }
  /** Asked to withdraw: the page asks to confirm first. */
  | { kind: "confirmWithdraw" }
  | { kind: "withdrawn"; publishedSummaryExisted: boolean }
  /** Already withdrawn (another tab, a second click): nothing left to ask or do. */
  | { kind: "alreadyWithdrawn" };

export async function changeOrWithdraw(input: {
  submissionId: string;
  /** Through an account (a receipt code is not one, whoever is signed in): decides whether (d) may be chosen. */
  hasAccount: boolean;
  request: ChangeOrWithdrawRequest;
}): Promise<ChangeOrWithdrawResult> {
  const { request } = input;
  if (request.intent === "withdraw") {
    const row = await getDb().submission.findUnique({ where: { id: input.submissionId }, select: { status: true } });
    return row && row.status !== "withdrawn" ? { kind: "confirmWithdraw" } : { kind: "alreadyWithdrawn" };
  }
  if (request.intent === "confirmWithdraw") {
    const result = await withdrawContribution(input.submissionId);
    return result.kind === "withdrawn"
      ? { kind: "withdrawn", publishedSummaryExisted: result.publishedSummaryExisted }
      : { kind: "alreadyWithdrawn" };
  }
  const problem = consentProblem(request.choices, "change", { hasAccount: input.hasAccount });
  if (problem) return { kind: "refused", field: "consent", error: problem };
  await changeContributionConsent(input.submissionId, request.choices, { answerQuoteConsent: request.answerQuoteConsent });
  return { kind: "choicesSaved" };
}

/** What a posted change-or-withdraw form asks for, the same from /receipt and My contributions. */
export function changeOrWithdrawRequest(
  posted: { intent: "withdraw" | "confirmWithdraw" } | ({ intent: "consent" } & Parameters<typeof choicesFrom>[0]),
  values: Record<string, string>,
): ChangeOrWithdrawRequest {
  return posted.intent === "consent"
    ? { intent: "consent", choices: choicesFrom(posted), answerQuoteConsent: answerQuoteChoices(values) }
    : { intent: posted.intent };
}
