/**
 * What an answer's text may contain. Shared by the server's form schema and
 * the tests. Text is stored exactly as typed (no trimming inside, no
 * normalisation), so what comes back is what the person wrote.
 */
/** The same as parseForm's limit for any field (maxFieldCharacters); a test keeps them equal. */
export const maxAnswerCharacters = 10_000;

/**
 * C0 controls other than tab and line breaks, DEL, and C1 controls; also
 * U+FFFD, which is what a browser's bytes become when they were not valid
 * UTF-8 (so the text as sent was already damaged).
 */
// eslint-disable-next-line no-control-regex
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/u;

export type AnswerTextProblem = "tooLong" | "badCharacters";

export function answerTextProblem(text: string): AnswerTextProblem | null {
  if (text.length > maxAnswerCharacters) return "tooLong";
  if (forbiddenCharacters.test(text)) return "badCharacters";
  return null;
}

/** Whitespace only counts as no answer. */
export function isBlank(text: string | undefined | null): boolean {
  return !text || text.trim() === "";
}
