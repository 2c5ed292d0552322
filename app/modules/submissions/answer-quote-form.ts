/**
 * Per-answer quoting choices on "My contributions" and /receipt: one radio
 * group per answer with text, named "answer.<answerId>.quote".
 */
import { isQuoteLevel, type QuoteLevel } from "~/modules/consent/consent-choices";

export const answerQuoteField = (answerId: string) => `answer.${answerId}.quote`;

const fieldPattern = /^answer\.([0-9a-f-]{36})\.quote$/;

/** The choices a posted form holds, by answer id (unknown values are ignored). */
export function answerQuoteChoices(values: Record<string, string>): Map<string, QuoteLevel> {
  const choices = new Map<string, QuoteLevel>();
  for (const [name, value] of Object.entries(values)) {
    const answerId = name.match(fieldPattern)?.[1];
    if (answerId && isQuoteLevel(value)) choices.set(answerId, value);
  }
  return choices;
}
