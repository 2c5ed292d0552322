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

const body = (namespace: "workspace:inbox" | "participation:inbox") =>
  z
    .string({ message: `${namespace}.errors.bodyRequired` })
    .trim()
    .min(1, { message: `${namespace}.errors.bodyRequired` })
    .max(maxMessageCharacters, { message: `${namespace}.errors.tooLong` })
    .refine((text) => answerTextProblem(text) === null, { message: `${namespace}.errors.characters` });

export const facilitatorMessageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("send"), body: body("workspace:inbox") }),
]);

export const participantReplyForms = [
  z.object({ intent: z.literal("reply"), body: body("participation:inbox") }),
  z.object({ intent: z.literal("contactOff") }),
] as const;
