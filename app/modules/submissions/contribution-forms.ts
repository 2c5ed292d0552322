/**
 * The forms of a contribution its author controls ("My contributions" and
 * /receipt): change the consent choices (and each answer's own choice of
 * use), ask to withdraw, confirm withdrawing. /receipt adds opening the
 * contribution and going back to its answers, and carries the code each time.
 */
import { z } from "zod";
import { consentFields } from "~/modules/consent/consent-form";
import { participantReplyForms } from "~/modules/inbox/inbox-forms";

const changeOrWithdraw = [
  /** The answers' own choices (`answer.<id>.quote`) are read from the form's values: answer-quote-form.ts. */
  z.object({ intent: z.literal("consent"), ...consentFields }),
  /** Only asks for confirmation. */
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("confirmWithdraw") }),
] as const;

/** "My contributions" adds the inbox's forms (reply, turn contact off): an account's only, never /receipt's. */
export const ownContributionForm = z.discriminatedUnion("intent", [...changeOrWithdraw, ...participantReplyForms]);

export const receiptForm = z.intersection(
  z.discriminatedUnion("intent", [z.object({ intent: z.literal("open") }), z.object({ intent: z.literal("edit") }), ...changeOrWithdraw]),
  z.object({
    receiptCode: z
      .string({ message: "participation:receipt.errors.required" })
      .trim()
      .min(1, { message: "participation:receipt.errors.required" }),
  }),
);

export type ChangeOrWithdrawForm = z.infer<typeof ownContributionForm>;
