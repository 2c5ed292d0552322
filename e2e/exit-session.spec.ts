/** /exit ends the session: the row is deleted and the browser told to clear site data. */
import { exitDestinationFor, generateSessionToken, insertSession, sessionExists } from "./db";
import { expect, test, visit } from "./fixtures";
import { appOrigin } from "./settings";

// `npm start` runs in production mode, where the session cookie carries the
// `__Host-` prefix (app/modules/auth/session.server.ts `sessionCookieName`).
const sessionCookieName = "__Host-session";

test("/exit deletes the session row and sends Clear-Site-Data", async ({ page, context, guard }) => {
  const token = generateSessionToken();
  const sessionId = await insertSession(token);
  // Host-only, Secure, Path=/ as the app sets it. (With `url`, Playwright
  // drops `secure` for http:// and Chromium then refuses the `__Host-` name;
  // Chromium does treat http://127.0.0.1 as secure enough for the cookie.)
  const host = new URL(appOrigin).hostname;
  await context.addCookies([
    { name: sessionCookieName, value: token, domain: host, path: "/", secure: true, httpOnly: true, sameSite: "Lax" },
  ]);

  // An ordinary page view leaves the session alone, and the cookie reaches the server.
  const home = await visit(page, guard, "/");
  expect(await home?.request().headerValue("cookie")).toContain(`${sessionCookieName}=${token}`);
  expect(await sessionExists(sessionId)).toBe(true);

  const exitResponse = page.waitForResponse((response) => new URL(response.url()).pathname === "/exit");
  await page.goto("/exit");
  const exit = await exitResponse;
  await expect(page).toHaveURL(await exitDestinationFor(null));

  expect(exit.status()).toBe(303);
  expect(await exit.headerValue("clear-site-data")).toBe('"cache", "storage"');
  expect(await exit.headerValue("cache-control")).toBe("no-store");
  expect(await sessionExists(sessionId)).toBe(false);
  // The browser was told to forget the token too.
  const cookies = await context.cookies(appOrigin);
  expect(cookies.find((cookie) => cookie.name === sessionCookieName)).toBeUndefined();
});
