import { getDb } from "~/modules/db/db.server";

/**
 * Organisations the lead may invite to co-host, with their public profile
 * (name, address, region, description, public support contact): every
 * organisation on the platform that does not host this consultation yet or
 * declined before. Shown only to the admins who manage the consultation —
 * the list is a working tool for lead organisations, not a public directory.
 */
export async function listCohostCandidates(consultationId: string) {
  return getDb().organisation.findMany({
    where: { hostings: { none: { consultationId, invitation: { in: ["pending", "accepted"] } } } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, region: true, description: true, supportContact: true },
  });
}
