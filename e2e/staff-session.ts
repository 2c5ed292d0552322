/**
 * Signs a demo staff member in without the sign-in pages (tested on their
 * own): a verified session row for the account `npm start` seeded, and its
 * cookie in the browser context, as consultation-setup.spec.ts does.
 */
import type { BrowserContext } from "@playwright/test";
import { generateSessionToken, sessionIdFromToken, withDatabase } from "./db";
import { appOrigin } from "./settings";

// `npm start` runs in production mode: the session cookie carries the `__Host-` prefix.
const sessionCookieName = "__Host-session";

export async function signInDemoStaff(context: BrowserContext, username: string): Promise<void> {
  const token = generateSessionToken();
  await withDatabase(async (client) => {
    const staff = await client.query<{ id: string }>(`SELECT "id" FROM "StaffUser" WHERE "username" = $1`, [username]);
    await client.query(`INSERT INTO "Session" ("id", "staffUserId", "expiresAt", "twoFactorVerified") VALUES ($1, $2, $3, true)`, [
      sessionIdFromToken(token),
      staff.rows[0]!.id,
      new Date(Date.now() + 60 * 60 * 1000),
    ]);
  });
  await context.addCookies([
    { name: sessionCookieName, value: token, domain: new URL(appOrigin).hostname, path: "/", secure: true, httpOnly: true, sameSite: "Lax" },
  ]);
}
