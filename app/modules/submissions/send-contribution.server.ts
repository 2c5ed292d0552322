/**
 * The review page's "Send": the rules before submitContribution.
 * - Idempotency: the form's key must be one of ours; a form sent before
 *   (the draft cookie already gone, or the window closed since) answers as
 *   sent, never twice.
 * - The consent text: only one of this consultation's own texts may be
 *   recorded as the one agreed to.
 * - The choices: what consentProblem refuses for sending.
 * - The input window: open, unless this very form was sent already.
 */
import { isConsentTextOf } from "~/modules/consent/consent-records.server";
import type { ConsentChoices } from "~/modules/consent/consent-choices";
import { consentProblem } from "~/modules/consent/consent-form";
import { isFormKey } from "./contribution-secrets.server";
import type { ContributionOwner, WorkingContribution } from "./contributions.server";
import type { ParticipationConsultation } from "./participation-consultation.server";
import { refused, type RespondRefusal } from "./respond-refusal";
import { submitContribution, wasSentWithForm, type Receipt } from "./submit-contribution.server";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type SendResult = { kind: "received"; receipt: Receipt; edited: boolean } | { kind: "alreadySent" } | RespondRefusal;

const checkChoices = "participation:review.errors.checkChoices";

export async function sendContribution(input: {
  consultation: Pick<ParticipationConsultation, "id" | "inputWindow">;
  working: WorkingContribution | null;
  owner: ContributionOwner | null;
  formKey: string | undefined;
  consentTextId: string | undefined;
  choices: ConsentChoices;
}): Promise<SendResult> {
  const { consultation, working, owner, formKey, consentTextId } = input;
  if (!isFormKey(formKey)) return refused("participation:consent.errors.stale", 400);
  if (!working || !owner) {
    // Sent before from this page (the browser's draft cookie was cleared then).
    if (await wasSentWithForm(formKey)) return { kind: "alreadySent" };
    return refused("participation:respond.errors.noContribution");
  }
  if (consentTextId !== undefined && !(uuidPattern.test(consentTextId) && (await isConsentTextOf(consultation.id, consentTextId)))) {
    return refused("participation:consent.errors.stale", 400);
  }
  const problem = consentProblem(input.choices, "submit", { hasAccount: owner.kind === "participant" });
  if (problem) return refused(problem, 400, { field: "consent", formError: checkChoices });
  if (consultation.inputWindow !== "open" && !(await wasSentWithForm(formKey))) return refused("participation:closed.notAccepting");
  const result = await submitContribution({ submissionId: working.id, owner, formKey, choices: input.choices, consentTextId });
  switch (result.kind) {
    case "received":
      return { kind: "received", receipt: result.receipt, edited: result.edited };
    case "alreadySent":
      return { kind: "alreadySent" };
    case "empty":
      return refused("participation:review.errors.empty", 400);
    case "summariesConsentNeeded":
      return refused("participation:consent.errors.summariesNeeded", 400, { field: "consent", formError: checkChoices });
    case "notEditable":
      return refused("participation:respond.errors.notEditable");
  }
}
