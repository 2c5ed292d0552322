import { getDb } from "~/modules/db/db.server";

/** Organisations that nobody administers yet: a platform admin's next step is to invite their first admin. */
export async function listOrganisationsWithoutAdmin() {
  return getDb().organisation.findMany({
    where: { memberships: { none: { role: "admin" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}
