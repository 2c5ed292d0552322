import { randomUUID } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { consumeRateLimit, rateLimitPoints } from "~/modules/safety/rate-limit.server";
import { isCommonPassphrase } from "./common-passphrases.server";
import { pseudonymKey } from "./credentials-rules";
import { hashPassphrase } from "./passphrase.server";
import { pseudonymLookup, sealPseudonym } from "./pseudonym.server";
import { generateRecoveryCodes } from "./recovery-codes.server";
import { isOfferedSuggestion, suggestUnusedPseudonym } from "./suggest-pseudonym.server";

export type CreateAccountResult =
  | { ok: true; participantId: string; recoveryCodes: string[] }
  | {
      ok: false;
      field: "pseudonym" | "passphrase";
      error: string;
      /** A free pseudonym to offer instead, with the error. */
      suggestion?: string;
      /** Set when the client may not be told about pseudonyms for now (429). */
      retryAfterSeconds?: number;
    };

const taken = async () => ({
  ok: false as const,
  field: "pseudonym" as const,
  error: "auth.errors.pseudonymTaken",
  suggestion: await suggestUnusedPseudonym(),
});
const checksPaused = async (retryAfterSeconds: number) => ({
  ok: false as const,
  field: "pseudonym" as const,
  error: "auth.errors.pseudonymChecksPaused",
  suggestion: await suggestUnusedPseudonym(),
  retryAfterSeconds,
});

/**
 * A pseudonymous account: a pseudonym (sealed, and a keyed hash for
 * sign-in: pseudonym.server.ts), a passphrase hash, recovery-code hashes and
 * a language. Nothing else is asked or kept.
 *
 * "Already in use" is an honest answer, but each one tells whoever asks that
 * someone has that pseudonym. So a client gets a few per hour ("join:taken");
 * after that it is told nothing about any pseudonym it chose, taken or free,
 * until the window passes — only the suggestions the server offered (see
 * suggestionToken) can still be taken.
 */
export async function createParticipantAccount(input: {
  pseudonym: string;
  passphrase: string;
  language: string;
  clientKey: string;
  /** The join form's proof that this pseudonym is one the server suggested. */
  suggestionToken?: string;
}): Promise<CreateAccountResult> {
  if (isCommonPassphrase(input.passphrase)) {
    return { ok: false, field: "passphrase", error: "auth.errors.passphraseCommon" };
  }
  if (pseudonymKey(input.passphrase) === pseudonymKey(input.pseudonym)) {
    return { ok: false, field: "passphrase", error: "auth.errors.passphraseIsPseudonym" };
  }
  const key = pseudonymLookup(input.pseudonym);
  const offered = isOfferedSuggestion(input.pseudonym, input.suggestionToken);
  if (!offered) {
    const answers = await rateLimitPoints("join:taken", input.clientKey);
    if (!answers.allowed) return checksPaused(answers.retryAfterSeconds);
  }
  const pseudonymTaken = async () => {
    if (offered) return taken();
    const answer = await consumeRateLimit("join:taken", input.clientKey);
    return answer.allowed ? taken() : checksPaused(answer.retryAfterSeconds);
  };
  const db = getDb();
  if (await db.participant.findUnique({ where: { pseudonymKey: key }, select: { id: true } })) {
    return pseudonymTaken();
  }
  const [passphraseHash, recovery] = await Promise.all([hashPassphrase(input.passphrase), generateRecoveryCodes()]);
  // The id is chosen here because the sealed pseudonym is bound to it.
  const id = randomUUID();
  try {
    const participant = await db.$transaction(async (tx) => {
      const created = await tx.participant.create({
        data: {
          id,
          pseudonymCipher: sealPseudonym(id, input.pseudonym),
          pseudonymKey: key,
          passphraseHash,
          language: input.language,
          recoveryCodes: { create: recovery.hashes.map((codeHash) => ({ codeHash })) },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, { actorKind: "participant", action: "participant.created", subjectType: "participant" });
      return created;
    });
    return { ok: true, participantId: participant.id, recoveryCodes: recovery.codes };
  } catch (error) {
    // Two people choosing the same pseudonym at the same moment: one of them is told it is taken.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return pseudonymTaken();
    throw error;
  }
}
