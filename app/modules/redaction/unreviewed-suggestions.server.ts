/**
 * Which answers of a contribution still have redaction suggestions nobody
 * has gone through: approving such an item asks the facilitator to confirm
 * (issue 11). An answer counts as reviewed once its redactions were saved,
 * and stops counting when the participant changes it.
 */
import { getDb } from "~/modules/db/db.server";
import { readAnswerTexts } from "~/modules/moderation/contribution-texts.server";
import { loadSuggestionContext } from "./suggestion-context.server";
import { openSuggestions, suggestRedactions } from "./suggest-redactions";

/** Ids of the answers with text not yet reviewed that have at least one open suggestion. */
export async function answersWithUnreviewedSuggestions(submissionId: string): Promise<string[]> {
  const answers = await getDb().answer.findMany({
    where: { submissionId, textCipher: { not: null }, redactionReviewed: false },
    select: { id: true, redactions: { select: { start: true, end: true, kind: true } } },
  });
  if (answers.length === 0) return [];
  const texts = new Map((await readAnswerTexts([submissionId])).get(submissionId)?.map((answer) => [answer.answerId, answer.text]) ?? []);
  const context = await loadSuggestionContext(submissionId);
  return answers
    .filter((answer) => {
      const text = texts.get(answer.id);
      return text != null && openSuggestions(suggestRedactions(text, context), answer.redactions).length > 0;
    })
    .map((answer) => answer.id);
}

export async function hasUnreviewedSuggestions(submissionId: string): Promise<boolean> {
  return (await answersWithUnreviewedSuggestions(submissionId)).length > 0;
}
