/**
 * A contribution's words as staff may see them, decrypted in the application
 * (the database never holds plaintext, so search and suggestions run here).
 * Callers that show or export any of it record the read (audit/record-reads).
 */
import { DecryptionError, type MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { logger } from "~/modules/logging/logger.server";
import {
  decryptAnswerText,
  decryptForSubmission,
  openSubmissionKey,
  redactedTextContext,
} from "~/modules/submissions/submission-crypto.server";

export type AnswerTexts = { answerId: string; questionId: string; text: string | null; redactedText: string | null; unreadable: boolean };

/** The submission's data key, or null when it is gone (withdrawn) or cannot be unwrapped. */
export async function openContributionKey(submissionId: string, ring: MasterKeyRing = getMasterKeyRing()): Promise<Buffer | null> {
  const key = await getDb().submissionKey.findUnique({ where: { submissionId } });
  if (!key) return null;
  try {
    return openSubmissionKey(submissionId, key.wrappedKey, ring);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    logger.error({ submissionId }, "a submission's data key could not be unwrapped");
    return null;
  }
}

/**
 * Original and redacted text of each answer with text, for many
 * contributions at once (the queue's search decrypts a page's worth).
 */
export async function readAnswerTexts(
  submissionIds: readonly string[],
  ring: MasterKeyRing = getMasterKeyRing(),
): Promise<Map<string, AnswerTexts[]>> {
  const rows = await getDb().submission.findMany({
    where: { id: { in: [...submissionIds] } },
    select: {
      id: true,
      key: { select: { wrappedKey: true } },
      answers: { where: { textCipher: { not: null } }, select: { id: true, questionId: true, textCipher: true, redactedCipher: true } },
    },
  });
  const result = new Map<string, AnswerTexts[]>();
  for (const row of rows) {
    let dataKey: Buffer | null = null;
    try {
      if (row.key) dataKey = openSubmissionKey(row.id, row.key.wrappedKey, ring);
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ submissionId: row.id }, "a submission's data key could not be unwrapped");
    }
    result.set(
      row.id,
      row.answers.map((answer) => {
        try {
          if (!dataKey) throw new DecryptionError(`answer ${answer.id}`);
          return {
            answerId: answer.id,
            questionId: answer.questionId,
            text: decryptAnswerText(dataKey, answer.textCipher ?? "", answer.id, row.id),
            redactedText: answer.redactedCipher
              ? decryptForSubmission(dataKey, answer.redactedCipher, redactedTextContext(answer.id, row.id))
              : null,
            unreadable: false,
          };
        } catch (error) {
          if (!(error instanceof DecryptionError)) throw error;
          logger.error({ answerId: answer.id }, "an answer could not be decrypted");
          return { answerId: answer.id, questionId: answer.questionId, text: null, redactedText: null, unreadable: true };
        }
      }),
    );
  }
  return result;
}
