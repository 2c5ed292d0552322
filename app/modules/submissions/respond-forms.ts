/**
 * The forms of the answering pages: their schema, and how a theme page's
 * values become answers (field names are in answer-fields.ts, which the page
 * also uses).
 */
import { z } from "zod";
import type { QuestionKind, Stance } from "~/generated/prisma/enums";
import { answerField, stances } from "./answer-fields";
import { stepIntents } from "./respond-steps";
import { consentFields } from "~/modules/consent/consent-form";
import { isQuoteLevel, type QuoteLevel } from "~/modules/consent/consent-choices";

import { answerTextProblem, isBlank, maxAnswerCharacters } from "./answer-text";

export type AnswerQuestion = { id: string; kind: QuestionKind; principleId: string | null; options: Array<{ id: string }> };

const answerText = z
  .string()
  .max(maxAnswerCharacters, { message: "participation:respond.errors.tooLong" })
  .refine((text) => answerTextProblem(text) !== "badCharacters", {
    message: "participation:respond.errors.badCharacters",
  })
  .optional();

const intents = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(stepIntents), ...consentFields }),
  /** The header's language choice, sent with the answers so switching saves them first. */
  z.object({ intent: z.literal("language"), language: z.string().max(10).optional() }),
  /** The review page's send button: the consent text agreed to, and the choices. */
  z.object({ intent: z.literal("submit"), consentTextId: z.string().max(64).optional(), ...consentFields }),
  /** "Change my answers" on the page that says the input was sent. */
  z.object({ intent: z.literal("change") }),
]);

type AnswerFieldShape = Record<string, z.ZodOptional<z.ZodString>>;

/** Every form of the answering pages: its intent, the form's idempotency key, and the answer fields of the step's questions. */
export function respondFormSchema(questions: readonly AnswerQuestion[]) {
  const fields: AnswerFieldShape = { idempotencyKey: z.string().max(64).optional() };
  for (const question of questions) {
    if (question.kind === "free_text" || question.kind === "stance") {
      fields[answerField.text(question.id)] = answerText;
      fields[answerField.quote(question.id)] = z.string().max(20).optional();
    }
    if (question.kind === "stance") fields[answerField.stance(question.id)] = z.string().max(20).optional();
    if (question.kind === "single_choice") fields[answerField.option(question.id)] = z.string().max(64).optional();
    if (question.kind === "multiple_choice") {
      fields[answerField.shown(question.id)] = z.string().max(10).optional();
      for (const option of question.options) fields[answerField.optionChoice(question.id, option.id)] = z.string().max(10).optional();
    }
  }
  return z.intersection(intents, z.object(fields));
}

export type RespondForm = z.infer<ReturnType<typeof respondFormSchema>>;

/** What the page shows in one question's fields: what was saved, or what was just typed. */
export type QuestionValues = {
  text: string;
  stance: string;
  optionIds: string[];
  quote: QuoteLevel;
  unreadable?: boolean;
};

export type AnswerInput = {
  questionId: string;
  principleId: string | null;
  text: string | null;
  stance: Stance | null;
  optionIds: string[];
  quoteConsent: QuoteLevel;
};

/** Did the posted form carry this question's fields at all? (A question missing from it is left as it was.) */
function isPresent(values: Record<string, string | undefined>, question: AnswerQuestion): boolean {
  switch (question.kind) {
    case "free_text":
      return values[answerField.text(question.id)] !== undefined;
    case "stance":
      return values[answerField.text(question.id)] !== undefined || values[answerField.stance(question.id)] !== undefined;
    case "single_choice":
      return values[answerField.option(question.id)] !== undefined;
    case "multiple_choice":
      return values[answerField.shown(question.id)] !== undefined;
  }
}

/**
 * The answers a posted page holds, exactly as typed (blank text counts as no
 * answer, so clearing a field deletes that answer). Questions whose fields
 * the form did not carry are not included: they keep what was saved.
 */
export function answersFromForm(values: Record<string, string | undefined>, questions: readonly AnswerQuestion[]): AnswerInput[] {
  return questions.filter((question) => isPresent(values, question)).map((question) => {
    const text = values[answerField.text(question.id)];
    const stance = values[answerField.stance(question.id)];
    const quote = values[answerField.quote(question.id)];
    let optionIds: string[] = [];
    if (question.kind === "single_choice") {
      const chosen = values[answerField.option(question.id)];
      optionIds = question.options.some((option) => option.id === chosen) ? [chosen!] : [];
    } else if (question.kind === "multiple_choice") {
      optionIds = question.options
        .filter((option) => values[answerField.optionChoice(question.id, option.id)] === "on")
        .map((option) => option.id);
    }
    const hasText = (question.kind === "free_text" || question.kind === "stance") && !isBlank(text);
    return {
      questionId: question.id,
      principleId: question.principleId,
      text: hasText ? text! : null,
      stance: question.kind === "stance" && (stances as readonly string[]).includes(stance ?? "") ? (stance as Stance) : null,
      optionIds,
      quoteConsent: isQuoteLevel(quote) ? quote : "count_only",
    };
  });
}
