import type { Prisma } from "~/generated/prisma/client";
import { applyRedactions } from "./apply-redactions";
import { decryptAnswerText, encryptForSubmission, redactedTextContext } from "~/modules/submissions/submission-crypto.server";

/**
 * Recomputes and stores (encrypted) the redacted text of every answer with
 * text, from its Redaction rows. Called in the transaction of every change
 * to spans and of every approval, so Answer.redactedCipher — the only text
 * drafters and exports read — is never behind the spans. An answer nobody
 * redacted is stored as it is: approving it is the facilitator's judgement
 * that it identifies no one.
 */
export async function storeRedactedTexts(tx: Prisma.TransactionClient, submissionId: string, dataKey: Buffer): Promise<void> {
  const answers = await tx.answer.findMany({
    where: { submissionId, textCipher: { not: null } },
    select: { id: true, textCipher: true, redactions: { select: { start: true, end: true, kind: true } } },
  });
  for (const answer of answers) {
    const text = decryptAnswerText(dataKey, answer.textCipher ?? "", answer.id, submissionId);
    const redacted = applyRedactions(text, answer.redactions);
    await tx.answer.update({
      where: { id: answer.id },
      data: { redactedCipher: encryptForSubmission(dataKey, redacted, redactedTextContext(answer.id, submissionId)) },
    });
  }
}
