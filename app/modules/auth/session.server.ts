/**
 * Sessions in the style of Lucia's guide: the cookie holds a random token
 * (160 bits), the database holds only its SHA-256, so a leaked session row
 * cannot be replayed as a cookie. Expiry slides with use; every sign-in
 * creates a new session (no fixation).
 *
 * Lifetimes (docs/decisions.md, "Session lifetimes"):
 * - participant: 14 days without use;
 * - shared device: 15 minutes idle, and a cookie that dies with the browser;
 * - staff: 30 minutes idle, 12 hours at most, usable only after the second factor.
 */
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { Session } from "~/generated/prisma/client";
import { dayOf } from "~/modules/consent/consent-records.server";
import { getDb } from "~/modules/db/db.server";

const minute = 60 * 1000;
const hour = 60 * minute;
const day = 24 * hour;

export const sessionPolicy = {
  participantIdle: 14 * day,
  sharedDeviceIdle: 15 * minute,
  staffIdle: 30 * minute,
  staffAbsolute: 12 * hour,
} as const;

type SessionOwner = { participantId: string } | { staffUserId: string };

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

function idleLimit(session: Pick<Session, "staffUserId" | "sharedDevice">): number {
  if (session.staffUserId) return sessionPolicy.staffIdle;
  return session.sharedDevice ? sessionPolicy.sharedDeviceIdle : sessionPolicy.participantIdle;
}

export async function createSession(
  owner: SessionOwner,
  options: { sharedDevice?: boolean; now?: Date } = {},
): Promise<{ token: string; session: Session }> {
  const now = options.now ?? new Date();
  const token = generateSessionToken();
  const sharedDevice = options.sharedDevice ?? false;
  const session = await getDb().session.create({
    data: {
      id: sessionIdFromToken(token),
      ...owner,
      sharedDevice,
      // Only staff sessions need the instant (their 12-hour limit); a participant's keeps the
      // day, like every other row about them. Their idle expiry below keeps its time.
      createdAt: "staffUserId" in owner ? now : dayOf(now),
      expiresAt: new Date(now.getTime() + idleLimit({ staffUserId: "staffUserId" in owner ? owner.staffUserId : null, sharedDevice })),
    },
  });
  return { token, session };
}

/**
 * The live session for a token, its expiry pushed forward; null when the
 * token is unknown or the session has ended (the row is then deleted).
 */
export async function validateSessionToken(token: string, now = new Date()): Promise<Session | null> {
  const db = getDb();
  const id = sessionIdFromToken(token);
  const session = await db.session.findUnique({ where: { id } });
  if (!session) return null;
  const pastAbsolute = session.staffUserId !== null && now.getTime() - session.createdAt.getTime() >= sessionPolicy.staffAbsolute;
  if (now >= session.expiresAt || pastAbsolute) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  const limit = idleLimit(session);
  // Write at most once a minute for short sessions, once a day for long ones.
  const refreshAfter = Math.min(limit / 15, day);
  if (session.expiresAt.getTime() - now.getTime() < limit - refreshAfter) {
    const expiresAt = new Date(now.getTime() + limit);
    await db.session.update({ where: { id }, data: { expiresAt } });
    return { ...session, expiresAt };
  }
  return session;
}

export async function markSecondFactorVerified(sessionId: string): Promise<void> {
  await getDb().session.update({ where: { id: sessionId }, data: { twoFactorVerified: true } });
}

export async function invalidateSession(sessionId: string): Promise<void> {
  await getDb().session.deleteMany({ where: { id: sessionId } });
}

// ---------------------------------------------------------------- cookies

/** Whether cookies get `Secure` (and `__Host-`): always in production, else over HTTPS. */
export function isSecureRequest(request: Request): boolean {
  return process.env.NODE_ENV === "production" || new URL(request.url).protocol === "https:";
}

/** `__Host-` pins the cookie to this exact origin, but browsers only accept it over HTTPS. */
export function sessionCookieName(request: Request): string {
  return isSecureRequest(request) ? "__Host-session" : "session";
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  const name = sessionCookieName(request);
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      const value = rest.join("=");
      return /^[a-z2-7]{32}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function sessionCookie(request: Request, token: string, session: Pick<Session, "expiresAt" | "sharedDevice">): string {
  return [
    `${sessionCookieName(request)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    ...(isSecureRequest(request) ? ["Secure"] : []),
    // A shared-device session gets no expiry, so the browser drops it on close.
    ...(session.sharedDevice ? [] : [`Expires=${session.expiresAt.toUTCString()}`]),
  ].join("; ");
}

export function expiredSessionCookie(request: Request): string {
  return [
    `${sessionCookieName(request)}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    ...(isSecureRequest(request) ? ["Secure"] : []),
    "Max-Age=0",
  ].join("; ");
}

/** Deletes the request's session row, if any. Used by sign-out and the quick exit. */
export async function endSession(request: Request): Promise<void> {
  const token = readSessionToken(request);
  if (token) await invalidateSession(sessionIdFromToken(token));
}
