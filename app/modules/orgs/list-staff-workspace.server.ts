import type { ConsultationStatus, StaffRole } from "~/generated/prisma/enums";
import type { Membership } from "~/modules/auth/actor.server";
import { formatDay, pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

/** Organisations and roles of one staff member, with names. */
export async function listStaffOrganisations(memberships: readonly Membership[]) {
  const organisations = await getDb().organisation.findMany({
    where: { id: { in: memberships.map((membership) => membership.organisationId) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return organisations.map((organisation) => ({
    ...organisation,
    roles: memberships
      .filter((membership) => membership.organisationId === organisation.id)
      .map((membership) => membership.role),
  }));
}

/** Submissions that count as received: sent, whatever became of them since, except withdrawn (their text is gone). */
const receivedStatuses = ["received", "in_review", "approved", "held", "rejected"] as const;

export type HostedConsultation = {
  slug: string;
  status: ConsultationStatus;
  title: string;
  opensOn: string;
  closesOn: string;
  /** Every host's name, the lead first. */
  hosts: string[];
  /** Whether one of this person's organisations (in that role) leads it, or co-hosts it. */
  hostRole: "lead" | "cohost";
  /** How many contributions were received: a number only, never their content. */
  contributions: number;
};

/**
 * Consultations hosted (lead, or accepted co-host) by an organisation where
 * this person holds `role`, newest first, with status, dates, hosts and the
 * number of contributions received.
 */
export async function listHostedConsultations(memberships: readonly Membership[], role: StaffRole, language: string): Promise<HostedConsultation[]> {
  const organisationIds = memberships.filter((membership) => membership.role === role).map((membership) => membership.organisationId);
  if (organisationIds.length === 0) return [];
  const db = getDb();
  const rows = await db.consultation.findMany({
    where: { hosts: { some: { organisationId: { in: organisationIds }, invitation: "accepted" } } },
    orderBy: { opensAt: "desc" },
    select: {
      id: true,
      slug: true,
      status: true,
      languages: true,
      timeZone: true,
      opensAt: true,
      closesAt: true,
      translations: { select: { language: true, title: true } },
      hosts: {
        where: { invitation: "accepted" },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, organisationId: true, organisation: { select: { name: true } } },
      },
    },
  });
  const counts = await db.submission.groupBy({
    by: ["consultationId"],
    where: { consultationId: { in: rows.map((row) => row.id) }, status: { in: [...receivedStatuses] } },
    _count: { _all: true },
  });
  return rows.map((row) => ({
    slug: row.slug,
    status: row.status,
    title: pickTranslation(row.translations, language, row.languages)?.value.title ?? row.slug,
    opensOn: formatDay(row.opensAt, language, row.timeZone),
    closesOn: formatDay(row.closesAt, language, row.timeZone),
    hosts: row.hosts.map((host) => host.organisation.name),
    hostRole: row.hosts.some((host) => host.role === "lead" && organisationIds.includes(host.organisationId)) ? "lead" : "cohost",
    contributions: counts.find((count) => count.consultationId === row.id)?._count._all ?? 0,
  }));
}
