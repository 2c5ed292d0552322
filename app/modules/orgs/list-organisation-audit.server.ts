import type { StaffRole } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { staffRoles } from "./role-labels";

export type OrganisationAuditEntry = {
  id: string;
  at: Date;
  action: string;
  /** The username of a member of this organisation; null otherwise (see `actorKind`). */
  actor: string | null;
  /** "staff" (a member), "otherStaff" (staff of another organisation, e.g. a co-host answering), "system". */
  actorKind: "staff" | "otherStaff" | "system";
  /** For "otherStaff": the name of the organisation they acted for. */
  actorOrganisation: string | null;
  /** The member an event is about (removed, role changed), by username. */
  member: string | null;
  /** The role an event names (invited as, removed from), or the change of role. */
  role: StaffRole | null;
  roleChange: { from: StaffRole; to: StaffRole } | null;
  /** Another organisation an event is about (a co-host invited, removed, leaving). */
  otherOrganisation: string | null;
  consultationSlug: string | null;
  /** The contribution an event is about (a read, a decision), by its id: an id says nothing of what it holds. */
  submissionId: string | null;
};

function asRole(value: unknown): StaffRole | null {
  return staffRoles.find((role) => role === value) ?? null;
}

/**
 * The organisation's change log: events about the organisation itself and
 * about consultations it leads. Its own staff (present, or former ones who
 * joined through its invitations) are named by username; staff
 * of other organisations (a co-host's admin answering an invitation) are
 * shown as "staff of <their organisation>", never by username, since some
 * organisations keep their people's names to themselves.
 * The log holds no input and no participant.
 */
export async function listOrganisationAudit(organisationId: string, limit = 100): Promise<OrganisationAuditEntry[]> {
  // Reads of input are events like any other (audit/record-reads.server.ts): a facilitator's reads show here too.
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
    select: { id: true, at: true, action: true, actorKind: true, actorId: true, subjectType: true, subjectId: true, organisationId: true, consultationId: true, details: true },
  });
  // People who joined through this organisation's invitations stay named after they leave it:
  // they were its own staff when they acted.
  const joined = await db.auditEvent.findMany({
    where: { organisationId, action: "staff.invitation-accepted", actorId: { not: null } },
    select: { actorId: true },
  });
  const formerMembers = new Set(joined.map((event) => event.actorId));
  const staffIds = new Set<string>();
  for (const event of events) {
    if (event.actorId) staffIds.add(event.actorId);
    if (event.subjectType === "staffUser" && event.subjectId) staffIds.add(event.subjectId);
  }
  const consultationIds = [...new Set(events.map((event) => event.consultationId).filter((id) => id !== null))];
  const organisationIds = [...new Set(events.map((event) => event.organisationId).filter((id): id is string => id !== null && id !== organisationId))];
  const [staff, consultations, organisations] = await Promise.all([
    db.staffUser.findMany({
      where: { id: { in: [...staffIds] } },
      select: { id: true, username: true, memberships: { select: { organisationId: true, organisation: { select: { name: true } } } } },
    }),
    db.consultation.findMany({ where: { id: { in: consultationIds } }, select: { id: true, slug: true } }),
    db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
  ]);
  const memberOfThis = (id: string | null) =>
    staff.find(
      (person) =>
        person.id === id && (formerMembers.has(person.id) || person.memberships.some((membership) => membership.organisationId === organisationId)),
    );
  return events.map((event) => {
    const member = memberOfThis(event.actorId);
    const details = (event.details ?? {}) as Record<string, unknown>;
    const otherOrganisation = organisations.find((organisation) => organisation.id === event.organisationId)?.name ?? null;
    // Staff of another organisation act for the organisation the event names (a co-host answering);
    // failing that, for the first of their own organisations.
    const outsider = !member && event.actorKind === "staff" && event.actorId ? staff.find((person) => person.id === event.actorId) : undefined;
    const actorOrganisation = outsider ? (otherOrganisation ?? outsider.memberships[0]?.organisation.name ?? null) : null;
    // A removed member is no longer a member: the username is still theirs to see in their own log.
    const subject = event.subjectType === "staffUser" ? staff.find((person) => person.id === event.subjectId) : undefined;
    const from = asRole(details.from);
    const to = asRole(details.to);
    return {
      id: event.id,
      at: event.at,
      action: event.action,
      actorKind: member ? ("staff" as const) : event.actorKind === "staff" && event.actorId ? ("otherStaff" as const) : ("system" as const),
      actor: member?.username ?? null,
      actorOrganisation,
      member: subject?.username ?? null,
      role: asRole(details.role),
      roleChange: from && to ? { from, to } : null,
      otherOrganisation,
      consultationSlug: consultations.find((consultation) => consultation.id === event.consultationId)?.slug ?? null,
      submissionId: event.subjectType === "submission" ? event.subjectId : null,
    };
  });
}
