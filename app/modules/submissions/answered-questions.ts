/**
 * The one list of a contribution's answers, grouped by theme in the order the
 * consultation asks them: what the review step shows before sending and what
 * "My contributions" and /receipt show afterwards. Questions without an
 * answer are left out, and so are themes left with none.
 */
import type { QuestionKind, Stance, Theme } from "~/generated/prisma/enums";
import { effectiveQuoteConsent, type ConsentState, type QuoteLevel } from "~/modules/consent/consent-choices";
import type { AnswerView } from "./contributions.server";
import { findIdentifyingDetails, type IdentifyingSpan } from "./identifying-details";
import type { ThemeStep } from "./participation-consultation.server";

export type AnsweredQuestion = {
  questionId: string;
  answerId: string;
  kind: QuestionKind;
  prompt: string;
  promptLanguage: string;
  text: string | null;
  unreadable: boolean;
  stance: Stance | null;
  optionLabels: string[];
  /** The answer's own choice of use. */
  quoteConsent: QuoteLevel;
  /** How the answer is actually used: the narrowest of its own and the contribution-wide choice. */
  effectiveUse: QuoteLevel | null;
  /** What in the text looks identifying (only where the person is asked to check it: the review step). */
  spans: IdentifyingSpan[];
};

export type AnswerGroup = { theme: Theme; answers: AnsweredQuestion[] };

export function answeredQuestions(
  steps: readonly ThemeStep[],
  answers: ReadonlyMap<string, AnswerView>,
  options: { consent: ConsentState | null; places?: readonly string[] },
): AnswerGroup[] {
  return steps
    .map((step) => ({
      theme: step.theme,
      answers: step.questions.flatMap((question): AnsweredQuestion[] => {
        const answer = answers.get(question.id);
        if (!answer) return [];
        return [
          {
            questionId: question.id,
            answerId: answer.id,
            kind: question.kind,
            prompt: question.prompt,
            promptLanguage: question.language,
            text: answer.text,
            unreadable: answer.unreadable,
            stance: answer.stance,
            optionLabels: question.options.filter((option) => answer.optionIds.includes(option.id)).map((option) => option.label),
            quoteConsent: answer.quoteConsent,
            effectiveUse: effectiveQuoteConsent(answer.quoteConsent, options.consent),
            spans: answer.text && options.places ? findIdentifyingDetails(answer.text, options.places) : [],
          },
        ];
      }),
    }))
    .filter((group) => group.answers.length > 0);
}

/** Has the question a text field (and so a choice of how its text may be used)? */
export const hasTextField = (kind: QuestionKind) => kind === "free_text" || kind === "stance";
