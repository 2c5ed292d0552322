/**
 * The one place that decides whether a consultation takes input at a given
 * moment. The participation flow calls it in every action that stores
 * input (and may pass its transaction, so the check and the write see the
 * same row); pages call it to say why they offer no way in.
 */
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import type { InputRefusal } from "~/modules/consultations/input-refusal";
import { actualClosingInstant, inputWindowState } from "~/modules/consultations/input-window";
import { localDay } from "~/modules/consultations/zoned-time";

export type { InputRefusal, InputRefusalReason } from "~/modules/consultations/input-refusal";

export type ConsultationForInput = {
  id: string;
  slug: string;
  languages: string[];
  timeZone: string;
  opensAt: Date;
  closesAt: Date;
  /** The draft version input is given on now: store it with the submission. */
  draftVersionId: string | null;
};

export type InputGate = { ok: true; consultation: ConsultationForInput } | { ok: false; refusal: InputRefusal };

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * Open means: status "open", and `now` between the opening instant
 * (included) and the closing instant (excluded). A draft consultation is
 * not public, so it is refused exactly like one that does not exist;
 * closed and archived ones, or an open one past its closing instant, are
 * "closed"; an open one before its opening instant is "notYetOpen".
 */
export async function getConsultationForInput(slug: string, now: Date = new Date(), db: Reader = getDb()): Promise<InputGate> {
  const row = await db.consultation.findUnique({
    where: { slug },
    select: { id: true, slug: true, status: true, languages: true, timeZone: true, opensAt: true, closesAt: true, closedAt: true, draftVersionId: true },
  });
  if (!row || row.status === "draft") {
    return { ok: false, refusal: { reason: "notFound", opensOn: null, closesOn: null, opensAt: null, closesAt: null, timeZone: null } };
  }
  // "Closed on …" names the day input really ended, not a planned day still ahead.
  const endedAt = actualClosingInstant(row);
  const refusal = (reason: InputRefusal["reason"]): InputGate => ({
    ok: false,
    refusal: {
      reason,
      opensOn: localDay(row.opensAt, row.timeZone),
      closesOn: localDay(reason === "closed" ? endedAt : row.closesAt, row.timeZone),
      opensAt: row.opensAt,
      closesAt: reason === "closed" ? endedAt : row.closesAt,
      timeZone: row.timeZone,
    },
  });
  const state = inputWindowState(row, now);
  if (state !== "open") return refusal(state);
  const { status: _status, closedAt: _closedAt, ...consultation } = row;
  return { ok: true, consultation };
}

/** Thrown by `assertConsultationAcceptsInput`; carries the typed refusal. */
export class InputRefusedError extends Error {
  constructor(readonly refusal: InputRefusal) {
    super(`consultation refuses input: ${refusal.reason}`);
    this.name = "InputRefusedError";
  }
}

/** The consultation when it takes input now; otherwise throws an InputRefusedError with the refusal. */
export async function assertConsultationAcceptsInput(slug: string, now: Date = new Date(), db: Reader = getDb()): Promise<ConsultationForInput> {
  const gate = await getConsultationForInput(slug, now, db);
  if (!gate.ok) throw new InputRefusedError(gate.refusal);
  return gate.consultation;
}
