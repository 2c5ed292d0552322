/**
 * Writes one whole, already-sent contribution in a transaction: its consent
 * record (naming the consent text agreed to), the Submission with a fresh
 * data key, and each answer's text encrypted under that key and bound to its
 * row — the same encryption the participant flow uses (submission-crypto).
 * Used where a contribution arrives complete rather than page by page:
 * input a facilitator enters from an in-person session, and the sample
 * contributions of tests and benchmarks.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { ConsentBasis, QuoteConsent, SubmissionKind, SubmissionStatus } from "~/generated/prisma/enums";
import type { ConsentChoices } from "~/modules/consent/consent-choices";
import { createConsentRecord, dayOf } from "~/modules/consent/consent-records.server";
import type { MasterKeyRing } from "~/modules/crypto/envelope.server";
import {
  consentReferenceContext,
  encryptAnswerText,
  encryptForSubmission,
  newSubmissionKey,
} from "./submission-crypto.server";

export type SentAnswer = { questionId: string; principleId: string | null; text: string; quoteConsent: QuoteConsent };

export type SentContribution = {
  consultationId: string;
  draftVersionId: string | null;
  participantId: string | null;
  consentTextId: string;
  choices: ConsentChoices;
  language: string;
  status: SubmissionStatus;
  /** Unique per contribution: a resent form finds the row it wrote instead of writing another. */
  idempotencyKey: string;
  answers: readonly SentAnswer[];
  kind?: SubmissionKind;
  inPerson?: { sessionId: string; consentBasis: ConsentBasis; consentReference: string };
  now?: Date;
};

/** Returns the new submission's id. */
export async function writeSentContribution(tx: Prisma.TransactionClient, ring: MasterKeyRing, input: SentContribution): Promise<string> {
  const { submissionId, dataKey, wrappedKey } = newSubmissionKey(ring);
  const day = dayOf(input.now);
  const consentRecordId = await createConsentRecord(tx, {
    consultationId: input.consultationId,
    participantId: input.participantId,
    consentTextId: input.consentTextId,
    choices: input.choices,
    now: input.now,
  });
  await tx.submission.create({
    data: {
      id: submissionId,
      consultationId: input.consultationId,
      participantId: input.participantId,
      consentRecordId,
      draftVersionId: input.draftVersionId,
      language: input.language,
      status: input.status,
      idempotencyKey: input.idempotencyKey,
      receivedOn: day,
      updatedOn: day,
      kind: input.kind ?? "online",
      ...(input.inPerson
        ? {
            inPersonSessionId: input.inPerson.sessionId,
            consentBasis: input.inPerson.consentBasis,
            // It may name a form or whoever witnessed the consent: encrypted like the words, destroyed with them.
            consentReferenceCipher: encryptForSubmission(dataKey, input.inPerson.consentReference, consentReferenceContext(submissionId)),
          }
        : {}),
      key: { create: { wrappedKey } },
    },
  });
  for (const answer of input.answers) {
    const answerId = randomUUID();
    await tx.answer.create({
      data: {
        id: answerId,
        submissionId,
        questionId: answer.questionId,
        principleId: answer.principleId,
        textCipher: encryptAnswerText(dataKey, answer.text, answerId, submissionId),
        quoteConsent: answer.quoteConsent,
      },
    });
  }
  return submissionId;
}
