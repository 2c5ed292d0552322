import type { StaffRole } from "~/generated/prisma/enums";
import type { Membership } from "~/modules/auth/actor.server";
import { pickTranslation } from "~/modules/consultations/translation";
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

/** Consultations hosted (accepted) by an organisation where this person holds `role`. */
export async function listHostedConsultations(memberships: readonly Membership[], role: StaffRole, language: string) {
  const organisationIds = memberships.filter((membership) => membership.role === role).map((membership) => membership.organisationId);
  if (organisationIds.length === 0) return [];
  const rows = await getDb().consultation.findMany({
    where: { hosts: { some: { organisationId: { in: organisationIds }, invitation: "accepted" } } },
    orderBy: { opensAt: "desc" },
    select: { slug: true, status: true, languages: true, translations: { select: { language: true, title: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    status: row.status,
    title: pickTranslation(row.translations, language, row.languages)?.value.title ?? row.slug,
  }));
}
