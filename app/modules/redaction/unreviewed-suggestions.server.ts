/**
 * Which answers still have redaction suggestions nobody has gone through:
 * approving such an item asks the facilitator to confirm (issue 11), and the
 * queue can mark such items. An answer counts as reviewed once its
 * redactions were saved, and counts again when the participant changes it.
 * Decrypts in the application; the caller records the read if it shows text.
 */
import { getDb } from "~/modules/db/db.server";
import { readAnswerTexts } from "~/modules/moderation/contribution-texts.server";
import { loadSuggestionContexts } from "./suggestion-context.server";
import { openSuggestions, suggestRedactions } from "./suggest-redactions";

/** For each contribution asked about that has any, the ids of its unreviewed answers with at least one open suggestion. */
export async function unreviewedSuggestionsBySubmission(submissionIds: readonly string[]): Promise<Map<string, string[]>> {
  const answers = await getDb().answer.findMany({
    where: { submissionId: { in: [...submissionIds] }, textCipher: { not: null }, redactionReviewed: false },
    select: { id: true, submissionId: true, redactions: { select: { start: true, end: true, kind: true } } },
  });
  const result = new Map<string, string[]>();
  if (answers.length === 0) return result;
  const withAnswers = [...new Set(answers.map((answer) => answer.submissionId))];
  const texts = await readAnswerTexts(withAnswers);
  const contexts = await loadSuggestionContexts(withAnswers);
  for (const answer of answers) {
    const text = texts.get(answer.submissionId)?.find((row) => row.answerId === answer.id)?.text;
    const context = contexts.get(answer.submissionId);
    if (text == null || !context) continue;
    if (openSuggestions(suggestRedactions(text, context), answer.redactions).length === 0) continue;
    result.set(answer.submissionId, [...(result.get(answer.submissionId) ?? []), answer.id]);
  }
  return result;
}

/** Ids of the contribution's unreviewed answers that have at least one open suggestion. */
export async function answersWithUnreviewedSuggestions(submissionId: string): Promise<string[]> {
  return (await unreviewedSuggestionsBySubmission([submissionId])).get(submissionId) ?? [];
}

export async function hasUnreviewedSuggestions(submissionId: string): Promise<boolean> {
  return (await answersWithUnreviewedSuggestions(submissionId)).length > 0;
}
