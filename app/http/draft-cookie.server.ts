/**
 * The cookie that ties an account-less contribution to one browser while it
 * is being written: `draft_<consultation slug>`, HttpOnly, SameSite=Lax,
 * `__Host-` and Secure over HTTPS (like the session cookie), and without an
 * expiry, so it is gone when the browser closes. Coming back another day
 * takes the receipt code ("Save and finish later"). The quick exit and
 * signing out expire every draft cookie.
 *
 * Just after sending, the cookie says so ("sent." before the token, or only
 * "sent" for a signed-in participant): a reload, Back or a fresh visit of
 * the answering page then shows that the input was sent, not a form that
 * looks unsent (see retiringDraftCookie).
 */
import { isDraftToken } from "~/modules/submissions/contribution-secrets.server";

const slugPattern = /^[a-z0-9-]{1,80}$/;

function isSecureRequest(request: Request): boolean {
  return process.env.NODE_ENV === "production" || new URL(request.url).protocol === "https:";
}

function cookieName(request: Request, slug: string): string {
  return `${isSecureRequest(request) ? "__Host-" : ""}draft_${slug}`;
}

function readCookies(request: Request): Array<[string, string]> {
  const header = request.headers.get("cookie");
  if (!header) return [];
  return header.split(";").map((part) => {
    const [name, ...rest] = part.trim().split("=");
    return [name ?? "", rest.join("=")];
  });
}

const sentPrefix = "sent.";
const sentOnly = "sent";

/** This browser's draft for the consultation: its token, and whether it was just sent. */
export function readDraftCookie(request: Request, slug: string): { token: string | null; sent: boolean } {
  if (!slugPattern.test(slug)) return { token: null, sent: false };
  const name = cookieName(request, slug);
  const value = readCookies(request).find(([key]) => key === name)?.[1];
  if (value === sentOnly) return { token: null, sent: true };
  const sent = value?.startsWith(sentPrefix) ?? false;
  const token = sent ? value!.slice(sentPrefix.length) : value;
  return isDraftToken(token) ? { token, sent } : { token: null, sent: false };
}

function attributes(request: Request): string[] {
  return ["Path=/", "HttpOnly", "SameSite=Lax", ...(isSecureRequest(request) ? ["Secure"] : [])];
}

export function draftCookie(request: Request, slug: string, token: string): string {
  return [`${cookieName(request, slug)}=${token}`, ...attributes(request)].join("; ");
}

/**
 * After sending: the cookie lives two more minutes, so a double click or a
 * retry whose first answer was lost still finds the contribution and gets the
 * same receipt code (rebuilt from this token), then the browser drops it.
 * Meanwhile it marks the input as sent; a signed-in participant (no token)
 * gets the mark alone, for as long.
 */
export const retiringDraftSeconds = 120;

export function retiringDraftCookie(request: Request, slug: string, token: string | null): string {
  const value = token ? `${sentPrefix}${token}` : sentOnly;
  return [`${cookieName(request, slug)}=${value}`, ...attributes(request), `Max-Age=${retiringDraftSeconds}`].join("; ");
}

export function expiredDraftCookie(request: Request, slug: string): string {
  return [`${cookieName(request, slug)}=`, ...attributes(request), "Max-Age=0"].join("; ");
}

/** Expires every draft cookie the request carries (quick exit, signing out). */
export function expiredDraftCookies(request: Request): string[] {
  return readCookies(request)
    .map(([name]) => name.match(/^(?:__Host-)?draft_([a-z0-9-]{1,80})$/)?.[1])
    .filter((slug): slug is string => Boolean(slug))
    .map((slug) => expiredDraftCookie(request, slug));
}
