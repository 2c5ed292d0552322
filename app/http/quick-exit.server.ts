/**
 * The quick exit (GOV.UK "Exit this page" pattern): /exit ends the session,
 * asks the browser to clear what Convene stored, and leaves for a neutral
 * site. A short-lived marker cookie then sends any Convene page to the same
 * neutral site, so the Back button cannot bring the page back even with
 * JavaScript off (when the browser cannot replace its history entry).
 */
import { redirect } from "@remix-run/node";
import { getEnvironment } from "~/env.server";
import { endSession, expiredSessionCookie, isSecureRequest } from "~/modules/auth/session.server";
import { getDb } from "~/modules/db/db.server";
import { isDatabaseUnavailable } from "~/modules/db/database-unavailable.server";
import { expiredDraftCookies } from "~/http/draft-cookie.server";
import { expiredIntroCookie } from "./quick-exit-intro.server";

const markerName = "left";
/** Long enough to cover pressing Back a few times; short enough to come back later. */
export const markerSeconds = 5 * 60;

const slugPattern = /^[a-z0-9-]{1,80}$/;

async function destinationFor(slug: string | null): Promise<string> {
  if (slug && slugPattern.test(slug)) {
    // The exit must work with the database down too: then it leaves for the default neutral site.
    const consultation = await getDb()
      .consultation.findUnique({ where: { slug }, select: { exitUrl: true } })
      .catch(ignoreWhenDatabaseDown);
    if (consultation?.exitUrl) return consultation.exitUrl;
  }
  return getEnvironment().QUICK_EXIT_URL;
}

function ignoreWhenDatabaseDown(error: unknown): null {
  if (isDatabaseUnavailable(error)) return null;
  throw error;
}

function readMarker(request: Request): string | null {
  const header = request.headers.get("cookie") ?? "";
  const match = header.match(/(?:^|;\s*)left=([a-z0-9-]*)/);
  return match ? (match[1] ?? "") : null;
}

export async function quickExit(request: Request): Promise<Response> {
  const slug = new URL(request.url).searchParams.get("from");
  // Database down: the session row stays until it expires, but this browser's cookie is cleared below.
  await endSession(request).catch(ignoreWhenDatabaseDown);
  const headers = new Headers({
    "Cache-Control": "no-store",
    // Cache and storage only: clearing "cookies" would also drop the marker set below.
    "Clear-Site-Data": '"cache", "storage"',
  });
  // Secure like the session cookie, so the marker never travels over plain HTTP.
  const secure = isSecureRequest(request) ? "; Secure" : "";
  headers.append("Set-Cookie", expiredSessionCookie(request));
  headers.append("Set-Cookie", `lng=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
  // An account-less draft in progress must not reopen on this device.
  for (const cookie of expiredDraftCookies(request)) headers.append("Set-Cookie", cookie);
  // Nothing of ours stays behind that says someone started taking part; the
  // explanation page shows once more next time, which does no harm.
  headers.append("Set-Cookie", expiredIntroCookie(request));
  const safeSlug = slug && slugPattern.test(slug) ? slug : "";
  headers.append("Set-Cookie", `${markerName}=${safeSlug}; Path=/; Max-Age=${markerSeconds}; HttpOnly; SameSite=Lax${secure}`);
  return redirect(await destinationFor(slug), { status: 303, headers });
}

/** Throws a redirect to the neutral site while the quick-exit marker is present. */
export async function leaveAgainIfExited(request: Request): Promise<void> {
  const marker = readMarker(request);
  if (marker === null) return;
  throw redirect(await destinationFor(marker || null), { status: 303, headers: { "Cache-Control": "no-store" } });
}

