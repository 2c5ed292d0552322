/**
 * Pseudonymous accounts over HTTP, as a browser without JavaScript uses
 * them: create, sign in, recover with a code, delete — and the protections
 * around them (hashed sessions, rate limits, oversized fields).
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pseudonymLookup } from "~/modules/auth/pseudonym.server";
import { getDb } from "~/modules/db/db.server";
import { consumeRateLimit, rateLimits } from "~/modules/safety/rate-limit.server";
import { send, sessionCookieFrom, startTestServer, type TestServer } from "../support/http-app";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const passphrase = "lantern orbit cactus meadow";

async function join(pseudonym: string) {
  const result = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase } });
  expect(result.status).toBe(200);
  const cookie = sessionCookieFrom(result);
  const codes = [...result.body.matchAll(/<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})<\/code>/g)].map((match) => match[1] ?? "");
  expect(cookie).toBeDefined();
  return { cookie: cookie ?? "", codes };
}

describe("participant accounts", () => {
  it("creates an account that shows eight recovery codes once and signs in", async () => {
    const { cookie, codes } = await join("quiet river");
    expect(codes).toHaveLength(8);
    const me = await send(server, "/me", { cookie });
    expect(me.status).toBe(200);
    // Decrypted for its owner's page: the row holds it sealed only.
    expect(me.body).toContain("Signed in as quiet river.");
    // The codes are stored only as argon2id hashes.
    const stored = await getDb().recoveryCode.findMany({ select: { codeHash: true } });
    expect(stored).toHaveLength(8);
    for (const { codeHash } of stored) {
      expect(codeHash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
      expect(codes.some((code) => codeHash.includes(code))).toBe(false);
    }
  });

  it("refuses pseudonyms that look like an email, a phone number or a web address, keeping what was typed", async () => {
    for (const [pseudonym, message] of [
      ["someone@example.org", "looks like an email address"],
      ["+57 300 123 4567", "looks like a phone number"],
      ["www.my-site.org", "looks like a web address"],
    ] as const) {
      const result = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase } });
      expect(result.status).toBe(400);
      expect(result.body).toContain(message);
      expect(result.body).toContain(`value="${pseudonym}"`);
      // Passphrases are never sent back.
      expect(result.body).not.toContain(passphrase);
    }
  });

  it("refuses a common passphrase with a translated reason", async () => {
    const common = "password123456";
    const result = await send(server, "/join", {
      form: { pseudonym: "river stone", passphrase: common, repeatPassphrase: common },
      cookie: "lng=ImVzIg%3D%3D",
    });
    expect(result.status).toBe(400);
    expect(result.body).toContain('lang="es"');
    expect(result.body).toContain("Esta frase de contraseña es muy común");
  });

  it("refuses an oversized pseudonym with 413 and a message, not a 500", async () => {
    const result = await send(server, "/join", {
      form: { pseudonym: "x".repeat(201), passphrase, repeatPassphrase: passphrase },
    });
    expect(result.status).toBe(413);
    expect(result.body).toContain("“Pseudonym” is longer than we can accept");
    expect(result.body).not.toContain("What you sent is larger than we can accept");
  });

  it("stores only the SHA-256 of the session token; a stolen row is not a cookie", async () => {
    const { cookie } = await join("hashed session");
    const token = cookie.split("=")[1] ?? "";
    const rows = await getDb().session.findMany({ select: { id: true } });
    expect(rows.map((row) => row.id)).toContain(createHash("sha256").update(token).digest("hex"));
    expect(rows.map((row) => row.id)).not.toContain(token);
    for (const row of rows) {
      const replayed = await send(server, "/me", { cookie: `session=${row.id}` });
      expect(replayed.status).toBe(303);
      expect(replayed.location).toBe("/login");
    }
  });

  it("issues a new session at every sign-in and ends it at sign-out", async () => {
    const { cookie: first } = await join("fresh session");
    const signIn = await send(server, "/login", { form: { pseudonym: "fresh session", passphrase } });
    expect(signIn.status).toBe(303);
    const second = sessionCookieFrom(signIn);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const signOut = await send(server, "/logout", { form: {}, cookie: second });
    expect(signOut.headers.get("clear-site-data")).toContain('"storage"');
    expect((await send(server, "/me", { cookie: second })).status).toBe(303);
  });

  it("recovers with a code that then stops working, signing out other sessions", async () => {
    const { cookie, codes } = await join("forgetful owl");
    const code = codes[3] ?? "";
    const newPassphrase = "violet harbour seventeen";
    const recovered = await send(server, "/recover", {
      form: { pseudonym: "Forgetful Owl", recoveryCode: code.toLowerCase(), passphrase: newPassphrase, repeatPassphrase: newPassphrase },
    });
    expect(recovered.status).toBe(303);
    expect(recovered.location).toBe("/me");
    // The old session is gone.
    expect((await send(server, "/me", { cookie })).status).toBe(303);
    const again = await send(server, "/recover", {
      form: { pseudonym: "forgetful owl", recoveryCode: code, passphrase: newPassphrase, repeatPassphrase: newPassphrase },
    });
    expect(again.status).toBe(400);
    expect(again.body).toContain("already used");
    const signIn = await send(server, "/login", { form: { pseudonym: "forgetful owl", passphrase: newPassphrase } });
    expect(signIn.status).toBe(303);
  });

  it("deletes the account and every row that belonged to it", async () => {
    const { cookie } = await join("leaving soon");
    const db = getDb();
    const participant = await db.participant.findUniqueOrThrow({ where: { pseudonymKey: pseudonymLookup("leaving soon") } });
    const purgesAsked = () => db.keyPurgeRequest.count({ where: { tableName: "Participant" } });
    const purgesBefore = await purgesAsked();
    const deleted = await send(server, "/me/delete", { form: {}, cookie });
    expect(deleted.status).toBe(303);
    expect(await db.participant.count({ where: { id: participant.id } })).toBe(0);
    // The sealed pseudonym stays in the table's dead rows until the purge rewrites them.
    expect(await purgesAsked()).toBeGreaterThan(purgesBefore);
    expect(await db.session.count({ where: { participantId: participant.id } })).toBe(0);
    expect(await db.recoveryCode.count({ where: { participantId: participant.id } })).toBe(0);
    const audit = await db.auditEvent.findFirst({ where: { action: "participant.deleted" } });
    expect(audit?.actorId).toBeNull();
    expect(audit?.subjectId).toBeNull();
  });

  it("slows down one client's wrong passphrases for one pseudonym while another pseudonym can still sign in", async () => {
    await join("target pseudonym");
    await join("bystander pseudonym");
    const statuses: number[] = [];
    let refusal = "";
    for (let attempt = 0; attempt < 20; attempt++) {
      const result = await send(server, "/login", { form: { pseudonym: "target pseudonym", passphrase: "wrong passphrase!" } });
      statuses.push(result.status);
      if (result.status === 429) refusal = result.body;
    }
    // Per client and pseudonym; the owner elsewhere is not refused (tests/http/sign-in-limits.test.ts).
    expect(statuses.slice(0, rateLimits["login:client-pseudonym"].limit).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(rateLimits["login:client-pseudonym"].limit).every((status) => status === 429)).toBe(true);
    expect(refusal).toContain("Too many attempts");
    // From this client even the right passphrase waits for the window to pass.
    const rightButLimited = await send(server, "/login", { form: { pseudonym: "target pseudonym", passphrase } });
    expect(rightButLimited.status).toBe(429);
    const bystander = await send(server, "/login", { form: { pseudonym: "bystander pseudonym", passphrase } });
    expect(bystander.status).toBe(303);
    expect(bystander.location).toBe("/me");
  });

  it("lets a limit go once its window has passed, and stores no readable key", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const { limit, windowSeconds } = rateLimits["recover:pseudonym"];
    for (let attempt = 0; attempt < limit; attempt++) {
      expect((await consumeRateLimit("recover:pseudonym", "window test", start)).allowed).toBe(true);
    }
    expect((await consumeRateLimit("recover:pseudonym", "window test", start)).allowed).toBe(false);
    const later = new Date(start.getTime() + windowSeconds * 1000);
    expect((await consumeRateLimit("recover:pseudonym", "window test", later)).allowed).toBe(true);
    const keys = await getDb().rateLimitBucket.findMany({ select: { key: true } });
    expect(keys.every(({ key }) => /^[0-9a-f]{64}$/.test(key) && !key.includes("window"))).toBe(true);
  });
});
