/**
 * The limits around signing in, over HTTP: wrong passphrases slow a guesser
 * down without locking the owner out, every refusal says when to try again
 * (Retry-After), authentication codes and recovery have limits of their own,
 * /join tells one client only so many times that a pseudonym is in use, and
 * recovery does the same argon2 work whatever the pseudonym and code.
 * Each client is a loopback address of its own (`from`).
 */
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pseudonymLookup, sealPseudonym } from "~/modules/auth/pseudonym.server";
import { hashPassphrase, verifyPassphrase } from "~/modules/auth/passphrase.server";
import { recoverParticipantAccount, type RecoveryHashing } from "~/modules/auth/recover-participant-account.server";
import { generateRecoveryCodes, recoveryCodeCount } from "~/modules/auth/recovery-codes.server";
import { generateTotpSecret, sealTotpSecret } from "~/modules/auth/totp.server";
import { getDb } from "~/modules/db/db.server";
import { rateLimits } from "~/modules/safety/rate-limit.server";
import { send, sessionCookieFrom, startTestServer, type HttpResult, type TestServer } from "../support/http-app";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const passphrase = "lantern orbit cactus meadow";
const wrongPassphrase = "not the right passphrase";

async function join(pseudonym: string, from = "127.0.0.1") {
  const result = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase }, from });
  expect(result.status).toBe(200);
  return [...result.body.matchAll(/<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})<\/code>/g)].map((match) => match[1] ?? "");
}

/** A refusal that says, in whole seconds, when to try again — no later than the window's end. */
function expectRetryAfter(result: HttpResult, windowSeconds: number) {
  expect(result.status).toBe(429);
  const seconds = Number(result.headers.get("retry-after"));
  expect(Number.isInteger(seconds)).toBe(true);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(windowSeconds);
}

const login = (pseudonym: string, typed: string, from: string) => send(server, "/login", { form: { pseudonym, passphrase: typed }, from });

describe("participant sign-in", () => {
  it("after an attacker's ten wrong tries from one client, the owner still signs in from another", async () => {
    await join("owner of this");
    const { limit, windowSeconds } = rateLimits["login:client-pseudonym"];
    const attacker = [];
    for (let attempt = 0; attempt < 10; attempt++) attacker.push(await login("owner of this", wrongPassphrase, "127.0.0.2"));
    expect(attacker.map((result) => result.status)).toEqual([...Array(limit).fill(400), ...Array(10 - limit).fill(429)]);
    expectRetryAfter(attacker[9]!, windowSeconds);
    expect(attacker[9]!.body).toContain("Too many attempts");
    // From the attacker's client even the right passphrase waits (no oracle)…
    expect((await login("owner of this", passphrase, "127.0.0.2")).status).toBe(429);
    // …and the owner, elsewhere, is not locked out.
    const owner = await login("owner of this", passphrase, "127.0.0.3");
    expect(owner.status).toBe(303);
    expect(owner.location).toBe("/me");
  });

  it("counts failures only: the owner signing in again and again is never refused", async () => {
    await join("frequent visitor");
    for (let attempt = 0; attempt < rateLimits["login:client-pseudonym"].limit + 3; attempt++) {
      expect((await login("frequent visitor", passphrase, "127.0.0.4")).status).toBe(303);
    }
    // A typo now and then between successes does not add up either.
    expect((await login("frequent visitor", wrongPassphrase, "127.0.0.4")).status).toBe(400);
    expect((await login("frequent visitor", passphrase, "127.0.0.4")).status).toBe(303);
  });

  it("slows, never locks, an account guessed at from many clients: past the account's limit each new client gets one try", async () => {
    await join("much guessed");
    const perClient = rateLimits["login:client-pseudonym"].limit;
    const clients = rateLimits["login:pseudonym"].limit / perClient;
    for (let client = 0; client < clients; client++) {
      for (let attempt = 0; attempt < perClient; attempt++) {
        expect((await login("much guessed", wrongPassphrase, `127.0.1.${client + 1}`)).status).toBe(400);
      }
    }
    // The account has had its failures for this window. A client new to it gets one try…
    expect((await login("much guessed", wrongPassphrase, "127.0.2.1")).status).toBe(400);
    const second = await login("much guessed", passphrase, "127.0.2.1");
    expectRetryAfter(second, rateLimits["login:pseudonym"].windowSeconds);
    // …so the owner, on their own device, still gets in.
    expect((await login("much guessed", passphrase, "127.0.2.2")).status).toBe(303);
    // An unknown pseudonym is counted the same way: the limits say nothing about existence.
    for (let attempt = 0; attempt < perClient; attempt++) expect((await login("nobody has this", wrongPassphrase, "127.0.2.3")).status).toBe(400);
    expect((await login("nobody has this", wrongPassphrase, "127.0.2.3")).status).toBe(429);
  });
});

describe("staff sign-in", () => {
  let organisationId: string;
  beforeAll(async () => {
    organisationId = (await getDb().organisation.create({ data: { slug: "limits-org", name: "Limits organisation" } })).id;
  });

  /** An enrolled staff account, made directly: these tests are about the limits, not enrolment. */
  async function staffUser(username: string) {
    const secret = generateTotpSecret();
    const user = await getDb().staffUser.create({
      data: { username, passphraseHash: await hashPassphrase(passphrase), totpEnabledAt: new Date() },
    });
    await getDb().staffUser.update({ where: { id: user.id }, data: { totpSecretCipher: sealTotpSecret(user.id, secret) } });
    await getDb().membership.create({ data: { staffUserId: user.id, organisationId, role: "facilitator" } });
    return { secret };
  }
  const staffLogin = (username: string, typed: string, from: string) =>
    send(server, "/staff/login", { form: { username, passphrase: typed }, from });

  it("refuses a client's guesses at a username past the limit, with Retry-After, while the owner gets in elsewhere", async () => {
    await staffUser("guarded.staff");
    const { limit, windowSeconds } = rateLimits["staff-login:client-username"];
    const statuses: number[] = [];
    let last: HttpResult | undefined;
    for (let attempt = 0; attempt < 10; attempt++) {
      last = await staffLogin("guarded.staff", wrongPassphrase, "127.0.3.1");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(limit).fill(400), ...Array(10 - limit).fill(429)]);
    expectRetryAfter(last!, windowSeconds);
    expect((await staffLogin("guarded.staff", passphrase, "127.0.3.1")).status).toBe(429);
    const owner = await staffLogin("guarded.staff", passphrase, "127.0.3.2");
    expect(owner.status).toBe(303);
    expect(owner.location).toBe("/staff/login/code");
  });

  it("refuses authentication codes past the limit, even the right one, with Retry-After", async () => {
    const { secret } = await staffUser("code.guesser");
    const pending = sessionCookieFrom(await staffLogin("code.guesser", passphrase, "127.0.3.3")) ?? "";
    const { limit, windowSeconds } = rateLimits["staff-code:user"];
    for (let attempt = 0; attempt < limit; attempt++) {
      // Seven digits: never a valid code, and not a backup code either.
      const wrong = await send(server, "/staff/login/code", { form: { code: "0000000" }, cookie: pending, from: "127.0.3.3" });
      expect(wrong.status).toBe(400);
    }
    const right = generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);
    const limited = await send(server, "/staff/login/code", { form: { code: right }, cookie: pending, from: "127.0.3.3" });
    expectRetryAfter(limited, windowSeconds);
    expect(limited.body).toContain("Too many attempts");
  });
});

describe("recovery", () => {
  it("refuses recovery attempts for a pseudonym past the limit, with Retry-After", async () => {
    const codes = await join("recovering owl");
    const { limit, windowSeconds } = rateLimits["recover:pseudonym"];
    const form = (recoveryCode: string) => ({
      pseudonym: "recovering owl",
      recoveryCode,
      passphrase: "violet harbour seventeen",
      repeatPassphrase: "violet harbour seventeen",
    });
    for (let attempt = 0; attempt < limit; attempt++) {
      expect((await send(server, "/recover", { form: form("AAAA-BBBB-CCCC"), from: "127.0.4.1" })).status).toBe(400);
    }
    // Past the limit even a right code waits, from any client.
    const limited = await send(server, "/recover", { form: form(codes[0] ?? ""), from: "127.0.4.2" });
    expectRetryAfter(limited, windowSeconds);
    expect(limited.body).toContain("Too many attempts");
  });

  it("does the same argon2 work for an unknown pseudonym, a wrong code, a right code and used-up codes", async () => {
    const db = getDb();
    const recovery = await generateRecoveryCodes();
    const id = crypto.randomUUID();
    const participant = await db.participant.create({
      data: {
        id,
        pseudonymCipher: sealPseudonym(id, "counted work"),
        pseudonymKey: pseudonymLookup("counted work"),
        passphraseHash: await hashPassphrase(passphrase),
        language: "en",
        recoveryCodes: { create: recovery.hashes.map((codeHash) => ({ codeHash })) },
      },
    });
    const counted = async (pseudonym: string, recoveryCode: string) => {
      const counts = { hash: 0, verify: 0 };
      const hashing: RecoveryHashing = {
        hash: (value) => ((counts.hash += 1), hashPassphrase(value)),
        verify: (hash, value) => ((counts.verify += 1), verifyPassphrase(hash, value)),
      };
      const result = await recoverParticipantAccount({ pseudonym, recoveryCode, newPassphrase: "violet harbour seventeen" }, hashing);
      return { ok: result.ok, ...counts };
    };
    const same = { hash: 1, verify: recoveryCodeCount };
    expect(await counted("nobody is called this", "AAAA-BBBB-CCCC")).toEqual({ ok: false, ...same });
    expect(await counted("counted work", "AAAA-BBBB-CCCC")).toEqual({ ok: false, ...same });
    // The first code matches at once; the other seven are checked all the same.
    expect(await counted("counted work", recovery.codes[0] ?? "")).toEqual({ ok: true, ...same });
    // Codes used up: the missing ones are made up with a decoy.
    await db.recoveryCode.updateMany({ where: { participantId: participant.id }, data: { usedOn: new Date() } });
    expect(await counted("counted work", recovery.codes[1] ?? "")).toEqual({ ok: false, ...same });
  });
});

describe("join", () => {
  const joinForm = (pseudonym: string, extra: Record<string, string> = {}) => ({
    pseudonym,
    passphrase,
    repeatPassphrase: passphrase,
    ...extra,
  });
  const fieldError = (body: string) => body.match(/class="field__error"[^>]*>([^<]*)</)?.[1]?.replaceAll("&quot;", '"') ?? "";
  const suggestionIn = (message: string) => message.match(/“([^”]+)”/)?.[1] ?? "";

  it("says a few times that a pseudonym is in use, offering a free one; then says nothing either way (429)", async () => {
    await join("popular name");
    const { limit, windowSeconds } = rateLimits["join:taken"];
    for (let attempt = 0; attempt < limit; attempt++) {
      const taken = await send(server, "/join", { form: joinForm("Popular Name"), from: "127.0.5.1" });
      expect(taken.status).toBe(400);
      expect(fieldError(taken.body)).toContain("already in use");
      // Typed text comes back as typed.
      expect(taken.body).toContain('value="Popular Name"');
      const suggestion = suggestionIn(fieldError(taken.body));
      expect(suggestion).toMatch(/^[a-z]+-[a-z]+-\d{2}$/);
      expect(await getDb().participant.count({ where: { pseudonymKey: pseudonymLookup(suggestion) } })).toBe(0);
    }
    // Past the limit: the same answer for a taken pseudonym and a free one.
    const takenAgain = await send(server, "/join", { form: joinForm("popular name"), from: "127.0.5.1" });
    const free = await send(server, "/join", { form: joinForm("nobody chose this"), from: "127.0.5.1" });
    for (const result of [takenAgain, free]) {
      expectRetryAfter(result, windowSeconds);
      expect(fieldError(result.body)).toContain("cannot say whether this one is free");
    }
    expect(fieldError(takenAgain.body).replace(/“[^”]+”/, "")).toBe(fieldError(free.body).replace(/“[^”]+”/, ""));
    expect(await getDb().participant.count({ where: { pseudonymKey: pseudonymLookup("nobody chose this") } })).toBe(0);
    // The pseudonym the server offered can still be taken straight away.
    const offered = suggestionIn(fieldError(free.body));
    const token = free.body.match(/name="suggestionToken" value="([0-9a-f]+)"/)?.[1] ?? "";
    const accepted = await send(server, "/join", { form: joinForm(offered, { suggestionToken: token }), from: "127.0.5.1" });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toContain(offered);
    // A token vouches only for its own suggestion.
    const forged = await send(server, "/join", { form: joinForm("nobody chose this", { suggestionToken: token }), from: "127.0.5.1" });
    expect(forged.status).toBe(429);
    // Another client still gets honest answers.
    expect((await send(server, "/join", { form: joinForm("popular name"), from: "127.0.5.2" })).status).toBe(400);
  });
});
