/**
 * The audit log: who did what to which kind of thing, and when. It never
 * holds input text, pseudonyms, receipts, tokens or IP addresses, and a
 * database trigger makes it append-only. Participants' events carry no id
 * that links them to a person (deleting an account must leave no trail).
 */
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export type AuditEventInput = {
  actorKind: "participant" | "staff" | "system" | "anonymous";
  actorId?: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  organisationId?: string | null;
  consultationId?: string | null;
  details?: Prisma.InputJsonValue;
};

/** Who a use case records as having acted: a signed-in staff member, or "system" for the command line. */
export type AuditActor = { actorKind: "staff" | "system"; actorId: string | null };

/** Participants' events keep only the day, like every other row about them. */
function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export async function recordAuditEvent(db: Writer, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      at: event.actorKind === "participant" ? startOfDay(new Date()) : new Date(),
      actorKind: event.actorKind,
      actorId: event.actorKind === "participant" ? null : (event.actorId ?? null),
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.actorKind === "participant" ? null : (event.subjectId ?? null),
      organisationId: event.organisationId ?? null,
      consultationId: event.consultationId ?? null,
      details: event.details ?? {},
    },
  });
}
