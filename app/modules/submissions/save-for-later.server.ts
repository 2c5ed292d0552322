/**
 * "Save and continue later": an account keeps the contribution anyway; an
 * account-less one gets its receipt code (or, with `replace`, a new one).
 * The form's own key makes the code, so sending the same form twice shows
 * the same code.
 */
import { isFormKey } from "./contribution-secrets.server";
import type { ContributionOwner } from "./contributions.server";
import { issueReceiptCode } from "./receipts.server";
import { refused, type RespondRefusal } from "./respond-refusal";

export type SaveForLaterResult =
  | { kind: "account" }
  | { kind: "new"; code: string }
  | { kind: "existing" }
  | RespondRefusal;

export async function saveForLater(input: {
  submissionId: string;
  owner: ContributionOwner | null;
  formKey: string | undefined;
  replace: boolean;
}): Promise<SaveForLaterResult> {
  if (input.owner?.kind !== "browser") return { kind: "account" };
  if (!isFormKey(input.formKey)) return refused("participation:consent.errors.stale", 400);
  return issueReceiptCode({ submissionId: input.submissionId, draftToken: input.owner.draftToken, formKey: input.formKey, replace: input.replace });
}
