/**
 * The inbox's forms. The facilitator's page has one form (send); the
 * participant's contribution page adds "reply" and "contactOff" to its own
 * forms (contribution-forms.ts). Messages are translation keys written out in
 * full for the locale test.
 */
import { z } from "zod";
import { answerTextProblem } from "~/modules/submissions/answer-text";

/** Long enough for a question and its context; a letter, not a document. */
export const maxMessageCharacters = 4000;

/** Messages written out in full per side, so the locale test sees every key. */
const body = (messages: { required: string; tooLong: string; characters: string }) =>
  z
    .string({ message: messages.required })
    .trim()
    .min(1, { message: messages.required })
    .max(maxMessageCharacters, { message: messages.tooLong })
    .refine((text) => answerTextProblem(text) === null, { message: messages.characters });

export const facilitatorMessageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("send"), body: body({
      required: "workspace:inbox.errors.bodyRequired",
      tooLong: "workspace:inbox.errors.tooLong",
      characters: "workspace:inbox.errors.characters",
    }), }),
]);

export const participantReplyForms = [
  z.object({ intent: z.literal("reply"), body: body({
      required: "participation:inbox.errors.bodyRequired",
      tooLong: "participation:inbox.errors.tooLong",
      characters: "participation:inbox.errors.characters",
    }), }),
  z.object({ intent: z.literal("contactOff") }),
] as const;
