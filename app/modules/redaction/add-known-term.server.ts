/**
 * A facilitator adds a name or a place to the consultation's known terms
 * from any item; from then on every item that contains it gets the
 * suggestion. One audit event, never the term.
 */
import { randomUUID } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { knownTermLookup, sealKnownTerm, type KnownTermKind } from "./known-terms.server";

export type AddKnownTermResult = { ok: true } | { ok: false; field: "term"; error: string };

export async function addKnownTerm(input: {
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  submissionId: string;
  kind: KnownTermKind;
  term: string;
}): Promise<AddKnownTermResult> {
  const term = input.term.trim().replace(/\s+/g, " ");
  const lookup = knownTermLookup(input.kind, term);
  const id = randomUUID();
  try {
    await getDb().$transaction(async (tx) => {
      await tx.knownTerm.create({ data: { id, consultationId: input.consultationId, kind: input.kind, lookup, valueCipher: sealKnownTerm(id, term) } });
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "redaction.known-term-added",
        subjectType: "knownTerm",
        subjectId: id,
        organisationId: input.organisationId,
        consultationId: input.consultationId,
        details: { kind: input.kind, fromSubmissionId: input.submissionId },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "term", error: input.kind === "name" ? "workspace:redaction.errors.nameAlreadyKnown" : "workspace:redaction.errors.placeAlreadyKnown" };
    }
    throw error;
  }
  return { ok: true };
}
