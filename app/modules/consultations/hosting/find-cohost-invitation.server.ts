import { getDb } from "~/modules/db/db.server";

/** Which organisation a co-host invitation is addressed to, so the policy can be asked; null when there is none. */
export async function findCohostInvitation(hostId: string): Promise<{ organisationId: string } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(hostId)) return null;
  return getDb().consultationHost.findFirst({
    where: { id: hostId, role: "cohost" },
    select: { organisationId: true },
  });
}
