/**
 * Step 1 of entering in-person input: the session the speakers spoke at (a
 * group session, or a batch of paper forms), recorded once for all of them,
 * with the facilitator's organisation. Its language must be one of the
 * consultation's, with a consent text in it: every speaker's consent record
 * names that text.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { parseDay } from "~/modules/consultations/zoned-time";
import { getDb } from "~/modules/db/db.server";

export type StartSessionResult =
  | { ok: true; sessionId: string }
  | { ok: false; field: string; error: string };

export async function startInPersonSession(input: {
  consultationId: string;
  actorId: string;
  /** The actor's facilitating organisations among the consultation's hosts. */
  organisationIds: readonly string[];
  organisationId?: string;
  heldOn: string;
  place: string;
  language: string;
  peoplePresent: number;
  now?: Date;
}): Promise<StartSessionResult> {
  const organisationId = input.organisationId || input.organisationIds[0];
  if (!organisationId || !input.organisationIds.includes(organisationId)) {
    return { ok: false, field: "organisationId", error: "workspace:inPerson.errors.organisationInvalid" };
  }
  const day = parseDay(input.heldOn);
  if (!day) return { ok: false, field: "heldOn", error: "workspace:inPerson.errors.heldOnInvalid" };
  const heldOn = new Date(Date.UTC(day.year, day.month - 1, day.day));
  // A session still to come has no input to enter yet (a typo in the year, most likely).
  if (heldOn.getTime() > (input.now ?? new Date()).getTime()) return { ok: false, field: "heldOn", error: "workspace:inPerson.errors.heldOnFuture" };
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: { languages: true, consentTexts: { where: { language: input.language }, select: { id: true }, take: 1 } },
  });
  if (!consultation.languages.includes(input.language)) return { ok: false, field: "language", error: "workspace:inPerson.errors.languageInvalid" };
  if (consultation.consentTexts.length === 0) return { ok: false, field: "language", error: "workspace:inPerson.errors.noConsentText" };
  const sessionId = await db.$transaction(async (tx) => {
    const session = await tx.inPersonSession.create({
      data: {
        consultationId: input.consultationId,
        organisationId,
        heldOn,
        place: input.place,
        language: input.language,
        peoplePresent: input.peoplePresent,
        createdById: input.actorId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "in-person-session.created",
      subjectType: "in_person_session",
      subjectId: session.id,
      organisationId,
      consultationId: input.consultationId,
      details: { peoplePresent: input.peoplePresent },
    });
    return session.id;
  });
  return { ok: true, sessionId };
}
