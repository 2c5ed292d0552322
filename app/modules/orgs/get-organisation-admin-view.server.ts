import { getDb } from "~/modules/db/db.server";

/** What an organisation's admin sees of it: profile and members with their roles. */
export async function getOrganisationAdminView(organisationId: string) {
  return getDb().organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      region: true,
      supportContact: true,
      memberships: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { id: true, role: true, staffUser: { select: { username: true } } },
      },
    },
  });
}
