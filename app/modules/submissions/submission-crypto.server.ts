/**
 * How a contribution's text is encrypted (envelope.server.ts does the
 * cryptography): one data key per Submission, wrapped by the master key and
 * bound to the submission's id; each answer's text encrypted under that data
 * key and bound to the answer's id and the submission's id, so a value moved
 * to another row, or altered, fails to decrypt — for that row only.
 */
import { randomUUID } from "node:crypto";
import {
  decryptText,
  encryptText,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
  type MasterKeyRing,
} from "~/modules/crypto/envelope.server";

export const submissionKeyContext = (submissionId: string) => `submission:${submissionId}`;
export const answerTextContext = (answerId: string, submissionId: string) =>
  `answer:${answerId}|submission:${submissionId}`;

/** A fresh id and a fresh wrapped data key for a new Submission row. */
export function newSubmissionKey(ring: MasterKeyRing): { submissionId: string; dataKey: Buffer; wrappedKey: string } {
  const submissionId = randomUUID();
  const dataKey = newDataKey();
  return { submissionId, dataKey, wrappedKey: wrapDataKey(dataKey, ring, submissionKeyContext(submissionId)) };
}

export function openSubmissionKey(submissionId: string, wrappedKey: string, ring: MasterKeyRing): Buffer {
  return unwrapDataKey(wrappedKey, ring, submissionKeyContext(submissionId));
}

export function encryptAnswerText(dataKey: Buffer, text: string, answerId: string, submissionId: string): string {
  return encryptText(dataKey, text, answerTextContext(answerId, submissionId));
}

export function decryptAnswerText(dataKey: Buffer, envelope: string, answerId: string, submissionId: string): string {
  return decryptText(dataKey, envelope, answerTextContext(answerId, submissionId));
}

/*
 * Everything else written about a contribution that may carry its words is
 * encrypted under the same data key, each bound to its own row: deleting the
 * key on withdrawal then makes all of it unreadable at once, whatever copy
 * of a row survives.
 */
export const redactedTextContext = (answerId: string, submissionId: string) =>
  `answer-redacted:${answerId}|submission:${submissionId}`;
export const moderationNoteContext = (actionId: string, submissionId: string) =>
  `moderation-note:${actionId}|submission:${submissionId}`;
export const messageContext = (messageId: string, submissionId: string) => `message:${messageId}|submission:${submissionId}`;
export const consentReferenceContext = (submissionId: string) => `consent-reference|submission:${submissionId}`;
export const selfDescriptionContext = (submissionId: string) => `self-description|submission:${submissionId}`;

export function encryptForSubmission(dataKey: Buffer, text: string, context: string): string {
  return encryptText(dataKey, text, context);
}

export function decryptForSubmission(dataKey: Buffer, envelope: string, context: string): string {
  return decryptText(dataKey, envelope, context);
}
/** A participant's optional self-description (issue 13): one JSON document per contribution. */
