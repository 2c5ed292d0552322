/**
 * Signs staff in without the sign-in pages (tested on their own): a
 * verified session row, and its cookie in the browser context. Every staff
 * spec goes through these, so the cookie's name and attributes live in one
 * place.
 */
import type { BrowserContext } from "@playwright/test";
import { generateSessionToken, sessionIdFromToken, withDatabase } from "./db";
import { appOrigin } from "./settings";

// `npm start` runs in production mode: the session cookie carries the `__Host-` prefix.
const sessionCookieName = "__Host-session";

/** A verified session for this staff account, valid for an hour, as a cookie of `context`. */
export async function signInStaff(context: BrowserContext, staffUserId: string): Promise<void> {
  const token = generateSessionToken();
  await withDatabase((client) =>
    client.query(`INSERT INTO "Session" ("id", "staffUserId", "expiresAt", "twoFactorVerified") VALUES ($1, $2, $3, true)`, [
      sessionIdFromToken(token),
      staffUserId,
      new Date(Date.now() + 60 * 60 * 1000),
    ]),
  );
  await context.addCookies([
    { name: sessionCookieName, value: token, domain: new URL(appOrigin).hostname, path: "/", secure: true, httpOnly: true, sameSite: "Lax" },
  ]);
}

/** The same for an account `npm start` seeded (demo-content.ts demoUsername). */
export async function signInDemoStaff(context: BrowserContext, username: string): Promise<void> {
  const { rows } = await withDatabase((client) => client.query<{ id: string }>(`SELECT "id" FROM "StaffUser" WHERE "username" = $1`, [username]));
  await signInStaff(context, rows[0]!.id);
}
