/**
 * The HTTP side of signing in and out, shared by the participant and staff
 * routes so every sign-in sets the cookie the same way.
 */
import { redirect } from "@remix-run/node";
import { expiredDraftCookies } from "~/http/draft-cookie.server";
import { createSession, endSession, expiredSessionCookie, sessionCookie } from "~/modules/auth/session.server";

/** Ask the browser to drop what Convene left on the device (cache, storage). */
export const clearSiteDataHeader = '"cache", "storage"';

export async function redirectWithNewSession(
  request: Request,
  owner: { participantId: string } | { staffUserId: string },
  to: string,
  options: { sharedDevice?: boolean } = {},
) {
  const { token, session } = await createSession(owner, options);
  return redirect(to, { status: 303, headers: { "Set-Cookie": sessionCookie(request, token, session) } });
}

export async function newSessionCookie(
  request: Request,
  owner: { participantId: string } | { staffUserId: string },
  options: { sharedDevice?: boolean } = {},
): Promise<string> {
  const { token, session } = await createSession(owner, options);
  return sessionCookie(request, token, session);
}

export async function redirectSignedOut(request: Request, to = "/") {
  await endSession(request);
  const headers = new Headers({ "Clear-Site-Data": clearSiteDataHeader });
  headers.append("Set-Cookie", expiredSessionCookie(request));
  // Signing out also closes any account-less draft left open in this browser.
  for (const cookie of expiredDraftCookies(request)) headers.append("Set-Cookie", cookie);
  return redirect(to, { status: 303, headers });
}
