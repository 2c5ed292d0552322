import { randomUUID } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isCommonPassphrase } from "./common-passphrases.server";
import { pseudonymKey } from "./credentials-rules";
import { hashPassphrase } from "./passphrase.server";
import { pseudonymLookup, sealPseudonym } from "./pseudonym.server";
import { generateRecoveryCodes } from "./recovery-codes.server";

export type CreateAccountResult =
  | { ok: true; participantId: string; recoveryCodes: string[] }
  | { ok: false; field: "pseudonym" | "passphrase"; error: string };

/**
 * A pseudonymous account: a pseudonym (sealed, and a keyed hash for
 * sign-in: pseudonym.server.ts), a passphrase hash, recovery-code hashes and
 * a language. Nothing else is asked or kept.
 */
export async function createParticipantAccount(input: {
  pseudonym: string;
  passphrase: string;
  language: string;
}): Promise<CreateAccountResult> {
  if (isCommonPassphrase(input.passphrase)) {
    return { ok: false, field: "passphrase", error: "auth.errors.passphraseCommon" };
  }
  if (pseudonymKey(input.passphrase) === pseudonymKey(input.pseudonym)) {
    return { ok: false, field: "passphrase", error: "auth.errors.passphraseIsPseudonym" };
  }
  const key = pseudonymLookup(input.pseudonym);
  const db = getDb();
  if (await db.participant.findUnique({ where: { pseudonymKey: key }, select: { id: true } })) {
    return { ok: false, field: "pseudonym", error: "auth.errors.pseudonymTaken" };
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
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "pseudonym", error: "auth.errors.pseudonymTaken" };
    }
    throw error;
  }
}
