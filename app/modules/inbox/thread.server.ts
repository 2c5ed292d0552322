/**
 * The pseudonymous inbox's one thread per contribution: who may be written
 * to, and the messages, decrypted in the application. A participant may be
 * written to only while all of this holds: they have an account (the
 * contribution is theirs, participantId set), they chose (d) and have not
 * turned it off, and the contribution is neither a draft nor withdrawn. No
 * e-mail or SMS is ever sent: the participant reads the thread in /me.
 *
 * Message text is encrypted under the contribution's data key and bound to
 * its row (messageContext), so withdrawal, which deletes the key and the
 * rows, destroys it with the words it is about.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { SubmissionStatus } from "~/generated/prisma/enums";
import { dayOf } from "~/modules/consent/consent-records.server";
import { DecryptionError, type MasterKeyRing } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { logger } from "~/modules/logging/logger.server";
import { openContributionKey } from "~/modules/moderation/contribution-texts.server";
import {
  decryptForSubmission,
  encryptForSubmission,
  messageContext,
  openSubmissionKey,
} from "~/modules/submissions/submission-crypto.server";

export type ThreadMessage = {
  id: string;
  fromParticipant: boolean;
  /** Null when it cannot be decrypted (logged by id, never by content). */
  body: string | null;
  sentOn: string;
  unread: boolean;
};

const noContact: readonly SubmissionStatus[] = ["draft", "withdrawn"];

export function isContactable(row: {
  status: SubmissionStatus;
  participantId: string | null;
  consentRecord: { inboxContact: boolean; withdrawnOn: Date | null } | null;
}): boolean {
  return (
    !noContact.includes(row.status) &&
    row.participantId !== null &&
    row.consentRecord !== null &&
    row.consentRecord.inboxContact &&
    row.consentRecord.withdrawnOn === null
  );
}

export const contactSelect = {
  status: true,
  participantId: true,
  consultationId: true,
  consentRecord: { select: { inboxContact: true, withdrawnOn: true } },
} satisfies Prisma.SubmissionSelect;

/** The thread in order, decrypted. */
export async function readThread(submissionId: string, ring: MasterKeyRing = getMasterKeyRing()): Promise<ThreadMessage[]> {
  const rows = await getDb().message.findMany({
    where: { submissionId },
    orderBy: { position: "asc" },
    select: { id: true, fromParticipant: true, bodyCipher: true, sentOn: true, readByParticipant: true },
  });
  if (rows.length === 0) return [];
  const dataKey = await openContributionKey(submissionId, ring);
  return rows.map((row) => {
    let body: string | null = null;
    try {
      if (!dataKey) throw new DecryptionError(`message ${row.id}`);
      body = decryptForSubmission(dataKey, row.bodyCipher, messageContext(row.id, submissionId));
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      logger.error({ messageId: row.id }, "a message could not be decrypted");
    }
    return {
      id: row.id,
      fromParticipant: row.fromParticipant,
      body,
      sentOn: row.sentOn.toISOString().slice(0, 10),
      unread: !row.fromParticipant && !row.readByParticipant,
    };
  });
}

/**
 * Appends a message under the submission's row lock (taken by the caller's
 * `SELECT … FOR UPDATE`), so two senders never take the same position.
 * Dated by the day only, like every other row about a participant.
 */
export async function appendMessage(
  tx: Prisma.TransactionClient,
  input: { submissionId: string; wrappedKey: string; fromParticipant: boolean; staffUserId: string | null; body: string; now?: Date },
  ring: MasterKeyRing = getMasterKeyRing(),
): Promise<void> {
  const last = await tx.message.findFirst({ where: { submissionId: input.submissionId }, orderBy: { position: "desc" }, select: { position: true } });
  const id = randomUUID();
  const dataKey = openSubmissionKey(input.submissionId, input.wrappedKey, ring);
  await tx.message.create({
    data: {
      id,
      submissionId: input.submissionId,
      fromParticipant: input.fromParticipant,
      staffUserId: input.staffUserId,
      bodyCipher: encryptForSubmission(dataKey, input.body, messageContext(id, input.submissionId)),
      sentOn: dayOf(input.now),
      position: (last?.position ?? 0) + 1,
      // What the participant wrote themselves is not "unread" for them.
      readByParticipant: input.fromParticipant,
    },
  });
}

/** Locks the contribution's row and reads what deciding on a message needs. */
export async function lockForMessage(tx: Prisma.TransactionClient, submissionId: string) {
  const [locked] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Submission" WHERE "id" = ${submissionId} FOR UPDATE`;
  if (!locked) return null;
  return tx.submission.findUnique({ where: { id: submissionId }, select: { ...contactSelect, key: { select: { wrappedKey: true } } } });
}
