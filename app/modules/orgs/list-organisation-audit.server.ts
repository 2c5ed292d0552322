import { getDb } from "~/modules/db/db.server";

export type OrganisationAuditEntry = {
  id: string;
  at: Date;
  action: string;
  /** The username of a member of this organisation; null otherwise (see `actorKind`). */
  actor: string | null;
  /** "staff" (a member), "otherStaff" (staff of another organisation, e.g. a co-host answering), "system". */
  actorKind: "staff" | "otherStaff" | "system";
  consultationSlug: string | null;
};

/**
 * The organisation's change log: events about the organisation itself and
 * about consultations it leads. Its own staff are named by username; staff
 * of other organisations (a co-host's admin answering an invitation) are
 * not, since some organisations keep their people's names to themselves.
 * The log holds no input and no participant.
 */
export async function listOrganisationAudit(organisationId: string, limit = 100): Promise<OrganisationAuditEntry[]> {
  const db = getDb();
  const led = await db.consultationHost.findMany({ where: { organisationId, role: "lead" }, select: { consultationId: true } });
  const events = await db.auditEvent.findMany({
    where: {
      OR: [{ organisationId }, { consultationId: { in: led.map((host) => host.consultationId) } }],
      actorKind: { not: "participant" },
    },
    // Ids are random (never a sequence), so the tiebreak says nothing about which came first.
    orderBy: [{ at: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, at: true, action: true, actorKind: true, actorId: true, consultationId: true },
  });
  const staffIds = [...new Set(events.map((event) => event.actorId).filter((id) => id !== null))];
  const consultationIds = [...new Set(events.map((event) => event.consultationId).filter((id) => id !== null))];
  const [staff, consultations] = await Promise.all([
    db.staffUser.findMany({ where: { id: { in: staffIds }, memberships: { some: { organisationId } } }, select: { id: true, username: true } }),
    db.consultation.findMany({ where: { id: { in: consultationIds } }, select: { id: true, slug: true } }),
  ]);
  return events.map((event) => {
    const member = staff.find((candidate) => candidate.id === event.actorId);
    return {
      id: event.id,
      at: event.at,
      action: event.action,
      actorKind: member ? ("staff" as const) : event.actorKind === "staff" && event.actorId ? ("otherStaff" as const) : ("system" as const),
      actor: member?.username ?? null,
      consultationSlug: consultations.find((consultation) => consultation.id === event.consultationId)?.slug ?? null,
    };
  });
}
