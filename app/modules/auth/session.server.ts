/**
 * Sessions in the style of Lucia's guide: the cookie holds a random token,
 * the database holds only its SHA-256, so a leaked session row cannot be
 * replayed as a cookie. Expiry slides with use.
 */
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { getDb } from "~/modules/db/db.server";

const minute = 60 * 1000;
const day = 24 * 60 * minute;

/** How long a session lives without use, by kind (see docs/decisions.md). */
export const sessionLifetimes = {
  participant: 14 * day,
  sharedDevice: 15 * minute,
  staff: 30 * minute,
} as const;

export type SessionKind = keyof typeof sessionLifetimes;

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

function isSecureRequest(request: Request): boolean {
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
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export function sessionCookie(request: Request, token: string, expiresAt: Date | null): string {
  const attributes = [
    `${sessionCookieName(request)}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    ...(isSecureRequest(request) ? ["Secure"] : []),
    // A shared-device session gets no expiry: the browser drops it on close.
    ...(expiresAt ? [`Expires=${expiresAt.toUTCString()}`] : []),
  ];
  return attributes.join("; ");
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
  if (!token) return;
  await getDb().session.deleteMany({ where: { id: sessionIdFromToken(token) } });
}
