/**
 * The cookie that carries a staff member's not-yet-confirmed TOTP secret
 * between showing the QR code (GET /staff/enrol) and confirming it (POST),
 * so showing the page writes nothing to the database. Its value is sealed
 * with the master key and bound to the session (enrol-staff-totp.server.ts);
 * HttpOnly, SameSite=Strict, `__Host-` and Secure over HTTPS, and it expires
 * with the pending secret.
 */
import { pendingEnrolmentSeconds } from "~/modules/auth/enrol-staff-totp.server";
import { isSecureRequest } from "~/modules/auth/session.server";

const cookieName = (request: Request) => `${isSecureRequest(request) ? "__Host-" : ""}staff_enrol`;

function attributes(request: Request): string[] {
  return ["Path=/", "HttpOnly", "SameSite=Strict", ...(isSecureRequest(request) ? ["Secure"] : [])];
}

export function readPendingEnrolment(request: Request): string | null {
  const name = cookieName(request);
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    // A sealed value: "s1:" then base64url parts joined with ":" and ".".
    if (key === name) return /^s1:[A-Za-z0-9_.:-]{1,2000}$/.test(rest.join("=")) ? rest.join("=") : null;
  }
  return null;
}

export function pendingEnrolmentCookie(request: Request, sealed: string): string {
  return [`${cookieName(request)}=${sealed}`, ...attributes(request), `Max-Age=${pendingEnrolmentSeconds}`].join("; ");
}

export function expiredPendingEnrolmentCookie(request: Request): string {
  return [`${cookieName(request)}=`, ...attributes(request), "Max-Age=0"].join("; ");
}
