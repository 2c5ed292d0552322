/**
 * The two forms of the in-person page: the session (once), then one form per
 * speaker, sent again and again ("Save and add another speaker"). Messages
 * are "workspace:" translation keys written out in full for the locale test.
 * The answers are read from the values by question id (`answer.<id>`), since
 * which questions there are depends on the consultation.
 */
import { z } from "zod";
import { parseDay } from "~/modules/consultations/zoned-time";
import { answerTextProblem, isBlank } from "~/modules/submissions/answer-text";
import { answerFieldName } from "./answer-field";

const checkbox = z.literal("on").optional();

const sessionForm = z.object({
  intent: z.literal("session"),
  heldOn: z
    .string({ message: "workspace:inPerson.errors.heldOnInvalid" })
    .trim()
    .refine((value) => parseDay(value) !== null, { message: "workspace:inPerson.errors.heldOnInvalid" }),
  place: z
    .string({ message: "workspace:inPerson.errors.placeRequired" })
    .trim()
    .min(1, { message: "workspace:inPerson.errors.placeRequired" })
    .max(200, { message: "workspace:inPerson.errors.tooLong" }),
  language: z.string({ message: "workspace:inPerson.errors.languageInvalid" }).trim().min(1, { message: "workspace:inPerson.errors.languageInvalid" }).max(20),
  peoplePresent: z.coerce
    .number({ message: "workspace:inPerson.errors.peopleInvalid" })
    .int({ message: "workspace:inPerson.errors.peopleInvalid" })
    .min(1, { message: "workspace:inPerson.errors.peopleInvalid" })
    .max(10_000, { message: "workspace:inPerson.errors.peopleInvalid" }),
  organisationId: z.string().max(64).optional(),
});

const speakerForm = z.object({
  intent: z.literal("speaker"),
  sessionId: z.string().max(64),
  /** Fresh per rendering of the form: a double click or a resent form saves one speaker, not two. */
  formKey: z.string().regex(/^[A-Za-z0-9_-]{22}$/, { message: "workspace:inPerson.errors.stale" }),
  then: z.enum(["another", "finish"]).default("another"),
  consentBasis: z.enum(["oral", "written"], { message: "workspace:inPerson.errors.basisRequired" }),
  consentReference: z
    .string({ message: "workspace:inPerson.errors.referenceRequired" })
    .trim()
    .min(1, { message: "workspace:inPerson.errors.referenceRequired" })
    .max(200, { message: "workspace:inPerson.errors.tooLong" }),
  useInSummaries: checkbox,
  draftersMayQuote: checkbox,
  publicQuotes: checkbox,
  inboxContact: checkbox,
});

export const inPersonForm = z.discriminatedUnion("intent", [sessionForm, speakerForm]);
export type InPersonForm = z.infer<typeof inPersonForm>;


export type AnswerProblem = { questionId: string; error: string };

/** The speaker's answers by question id, as typed (empty ones left out), or the first problem with one. */
export function answersFromValues(
  values: Record<string, string>,
  questionIds: readonly string[],
): { answers: Map<string, string>; problem: AnswerProblem | null } {
  const answers = new Map<string, string>();
  for (const questionId of questionIds) {
    const text = values[answerFieldName(questionId)];
    if (text === undefined || isBlank(text)) continue;
    const problem = answerTextProblem(text);
    if (problem) {
      return {
        answers,
        problem: { questionId, error: problem === "tooLong" ? "workspace:inPerson.errors.answerTooLong" : "workspace:inPerson.errors.answerCharacters" },
      };
    }
    answers.set(questionId, text);
  }
  return { answers, problem: null };
}
