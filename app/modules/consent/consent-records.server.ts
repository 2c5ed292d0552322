/**
 * Consent records: one per contribution, naming the consent text (so its
 * version and language) the person read, the four choices, and the days they
 * were given, changed and withdrawn. Every change appends a ConsentChange
 * row with its day, so the history of choices is kept, not overwritten.
 */
import type { Prisma } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import { sameChoices, type ConsentChoices } from "./consent-choices";

type Tx = Prisma.TransactionClient;

/** Participants' rows keep only the day. */
export function dayOf(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export const consentRecordChoices = {
  useInSummaries: true,
  draftersMayQuote: true,
  publicQuotes: true,
  inboxContact: true,
} as const;

export async function createConsentRecord(
  tx: Tx,
  input: { consultationId: string; participantId: string | null; consentTextId: string; choices: ConsentChoices; now?: Date },
): Promise<string> {
  const day = dayOf(input.now);
  const record = await tx.consentRecord.create({
    data: {
      consultationId: input.consultationId,
      participantId: input.participantId,
      consentTextId: input.consentTextId,
      ...input.choices,
      givenOn: day,
      changes: { create: { ...input.choices, changedOn: day } },
    },
    select: { id: true },
  });
  return record.id;
}

/**
 * Records new choices (and, when given, the consent text now agreed to).
 * Returns whether anything changed; nothing is written when nothing did.
 */
export async function applyConsentChange(
  tx: Tx,
  consentRecordId: string,
  choices: ConsentChoices,
  options: { consentTextId?: string; now?: Date } = {},
): Promise<boolean> {
  const current = await tx.consentRecord.findUniqueOrThrow({
    where: { id: consentRecordId },
    select: { ...consentRecordChoices, consentTextId: true },
  });
  const textChanged = options.consentTextId !== undefined && options.consentTextId !== current.consentTextId;
  if (sameChoices(current, choices) && !textChanged) return false;
  const day = dayOf(options.now);
  await tx.consentRecord.update({
    where: { id: consentRecordId },
    data: {
      ...choices,
      ...(textChanged ? { consentTextId: options.consentTextId } : {}),
      changedOn: day,
      changes: { create: { ...choices, changedOn: day } },
    },
  });
  return true;
}

/** Is this consent text one of the consultation's own? */
export async function isConsentTextOf(consultationId: string, consentTextId: string): Promise<boolean> {
  const found = await getDb().consentText.findFirst({ where: { id: consentTextId, consultationId }, select: { id: true } });
  return found !== null;
}
