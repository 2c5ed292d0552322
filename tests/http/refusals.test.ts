/**
 * What the HTTP layer and the form helper answer when they refuse: pages
 * nobody's cache may keep, a NUL in a form shown back with a translated
 * message instead of reaching a query, and a rate-limited form saying when
 * to try again.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { rateLimits } from "~/modules/safety/rate-limit.server";
import { send, startTestServer, type TestServer } from "../support/http-app";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());
beforeEach(async () => {
  await getDb().rateLimitBucket.deleteMany();
});

describe("refusal pages sent before Remix", () => {
  it("are translated and no-store: 403 cross-origin, 413 declared too large, 404 unusable address", async () => {
    const crossOrigin = await send(server, "/login", { form: { pseudonym: "x" }, origin: "https://elsewhere.example" });
    expect(crossOrigin.status).toBe(403);
    expect(crossOrigin.body).toContain("Request refused");

    const tooLarge = await fetch(`${server.baseUrl}/login`, {
      method: "POST",
      headers: { origin: server.baseUrl, "content-type": "application/x-www-form-urlencoded" },
      body: `pseudonym=${"a".repeat(1024 * 1024 + 1)}`,
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain("Too much text");

    const notFound = await send(server, "/c/%00");
    expect(notFound.status).toBe(404);
    expect(notFound.body).toContain("Page not found");

    for (const [name, headers] of [
      ["403", crossOrigin.headers],
      ["413", tooLarge.headers],
      ["404", notFound.headers],
    ] as const) {
      expect(headers.get("cache-control"), name).toBe("no-store");
    }
  });
});

describe("a NUL character in a form", () => {
  it("is refused with a translated 400 before any query, and what was typed comes back", async () => {
    const pseudonym = "heron\u0000lilac";
    const result = await send(server, "/join", {
      form: { pseudonym, passphrase: "a long passphrase here", repeatPassphrase: "a long passphrase here" },
      headers: { "accept-language": "fr" },
    });
    expect(result.status).toBe(400);
    expect(result.body).toContain("Ce texte contient un caractère nul invisible");
    expect(result.body).toContain(pseudonym);
    expect(result.body).not.toContain("a long passphrase here");
    expect(await getDb().participant.count()).toBe(0);
  });

  it("in a field's name too", async () => {
    const result = await send(server, "/login", { form: { pseudonym: "heron lilac", passphrase: "a long passphrase", "q.\u0000.text": "x" } });
    expect(result.status).toBe(400);
    expect(result.body).toContain("This contains an invisible null character");
  });
});

describe("a rate-limited form", () => {
  const forms: Array<{ path: string; limit: number; message: string; form: Record<string, string> }> = [
    { path: "/login", limit: rateLimits["login:client-pseudonym"].limit, message: "Too many attempts", form: { pseudonym: "heron lilac", passphrase: "not the right one" } },
    {
      path: "/recover",
      limit: rateLimits["recover:pseudonym"].limit,
      message: "Too many attempts",
      form: { pseudonym: "heron lilac", recoveryCode: "abcd-efgh-ijkl-mnop", passphrase: "a new passphrase here", repeatPassphrase: "a new passphrase here" },
    },
    { path: "/staff/login", limit: rateLimits["staff-login:client-username"].limit, message: "Too many attempts", form: { username: "demo-admin", passphrase: "not the right one" } },
  ];
  for (const { path, limit, message, form } of forms) {
    it(`answers 429 with Retry-After and the translated message (${path})`, async () => {
      for (let index = 0; index < limit; index += 1) expect((await send(server, path, { form })).status).toBe(400);
      const refused = await send(server, path, { form });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.body).toContain(message);
    }, 60_000);
  }
});
