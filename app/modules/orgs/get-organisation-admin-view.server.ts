import { getDb } from "~/modules/db/db.server";

/**
 * What an organisation's admin sees of it: profile, members with their
 * roles, and invitations still waiting to be used (never their links: only
 * a hash of each is stored).
 */
export async function getOrganisationAdminView(organisationId: string, now = new Date()) {
  return getDb().organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      region: true,
      supportContact: true,
      escalationNote: true,
      memberships: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { id: true, role: true, staffUser: { select: { id: true, username: true } } },
      },
      invitations: {
        where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "asc" },
        select: { id: true, role: true, createdAt: true, expiresAt: true, issuedBy: { select: { username: true } } },
      },
    },
  });
}

/** What the set-up page of an organisation needs: its name and address, and whether it has an admin yet. */
export async function getOrganisationSetUp(organisationId: string) {
  const organisation = await getDb().organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, slug: true, _count: { select: { memberships: { where: { role: "admin" } } } } },
  });
  if (!organisation) return null;
  return { id: organisation.id, name: organisation.name, slug: organisation.slug, hasAdmin: organisation._count.memberships > 0 };
}
