/**
 * Who is making a request, resolved once per request from the session
 * cookie. Every loader and action gets its actor here and asks the
 * permission policy (permissions.server.ts) what that actor may do.
 */
import type { StaffRole } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { readSessionToken, validateSessionToken } from "./session.server";

export type Membership = { organisationId: string; role: StaffRole };

export type Actor =
  | { kind: "anonymous" }
  /** The pseudonym is not resolved here: it is sealed, and only /me shows it (pseudonym.server.ts). */
  | { kind: "participant"; participantId: string; sessionId: string; sharedDevice: boolean }
  /** Passphrase accepted, authentication code not yet: may only finish signing in. */
  | { kind: "staff-pending"; staffUserId: string; sessionId: string; enrolled: boolean }
  | {
      kind: "staff";
      staffUserId: string;
      username: string;
      sessionId: string;
      isPlatformAdmin: boolean;
      memberships: Membership[];
    };

const anonymous: Actor = { kind: "anonymous" };
const resolved = new WeakMap<Request, Promise<Actor>>();

export function getActor(request: Request): Promise<Actor> {
  let actor = resolved.get(request);
  if (!actor) {
    actor = resolveActor(request);
    resolved.set(request, actor);
  }
  return actor;
}

async function resolveActor(request: Request): Promise<Actor> {
  const token = readSessionToken(request);
  if (!token) return anonymous;
  const session = await validateSessionToken(token);
  if (!session) return anonymous;
  const db = getDb();
  if (session.participantId) {
    const participant = await db.participant.findUnique({
      where: { id: session.participantId },
      select: { id: true },
    });
    if (!participant) return anonymous;
    return {
      kind: "participant",
      participantId: participant.id,
      sessionId: session.id,
      sharedDevice: session.sharedDevice,
    };
  }
  if (session.staffUserId) {
    const staff = await db.staffUser.findUnique({
      where: { id: session.staffUserId },
      select: {
        id: true,
        username: true,
        isPlatformAdmin: true,
        disabledAt: true,
        totpEnabledAt: true,
        memberships: { select: { organisationId: true, role: true } },
      },
    });
    if (!staff || staff.disabledAt) return anonymous;
    if (!session.twoFactorVerified) {
      return { kind: "staff-pending", staffUserId: staff.id, sessionId: session.id, enrolled: staff.totpEnabledAt !== null };
    }
    return {
      kind: "staff",
      staffUserId: staff.id,
      username: staff.username,
      sessionId: session.id,
      isPlatformAdmin: staff.isPlatformAdmin,
      memberships: staff.memberships,
    };
  }
  return anonymous;
}
