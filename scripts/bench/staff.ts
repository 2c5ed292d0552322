/**
 * Signed-in staff for the measured pages, as the tests make them
 * (tests/support/actors.ts): a verified session for one of the demo's own
 * staff accounts, created through the app's session module. The cookie
 * carries the `__Host-` prefix the production server expects.
 */
import { getDb } from "../../app/modules/db/db.server.ts";
import { createSession, markSecondFactorVerified } from "../../app/modules/auth/session.server.ts";

export async function staffCookie(role: "drafter" | "facilitator", consultationSlug: string): Promise<string> {
  const membership = await getDb().membership.findFirstOrThrow({
    where: { role, organisation: { hostings: { some: { consultation: { slug: consultationSlug }, invitation: "accepted" } } } },
    select: { staffUserId: true },
  });
  const { token, session } = await createSession({ staffUserId: membership.staffUserId });
  await markSecondFactorVerified(session.id);
  return `__Host-session=${token}`;
}
