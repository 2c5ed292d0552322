/**
 * Staff accounts over HTTP: an invitation link creates the account, the
 * authenticator is enrolled with a first code, and from then on a
 * passphrase alone opens nothing — only a current authentication code or a
 * backup code (once) completes the sign-in.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP, generateTOTP } from "@oslojs/otp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginTotpEnrolment, confirmTotpEnrolment, pendingEnrolmentSeconds } from "~/modules/auth/enrol-staff-totp.server";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { getDb } from "~/modules/db/db.server";
import { send, sessionCookieFrom, startTestServer, type HttpResult, type TestServer } from "../support/http-app";
import { tableCounts } from "../support/table-counts";

let server: TestServer;
let organisationId: string;
beforeAll(async () => {
  server = await startTestServer();
  organisationId = (await getDb().organisation.create({ data: { slug: "staff-test-org", name: "Staff test organisation" } })).id;
});
afterAll(async () => server?.close());

const passphrase = "granite willow forty harbour";
const currentCode = (secret: string) => generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);
const codeAt = (secret: string, step: number) => generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), 6);
/** The current 30-second step, with at least five seconds of it left, so codes made now are judged within it. */
async function freshStep(): Promise<number> {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 5_000) await sleep(left + 100);
  return Math.floor(Date.now() / 30_000);
}
const enrolCookieFrom = (result: HttpResult) =>
  result.setCookies.find((cookie) => cookie.startsWith("staff_enrol="))?.split(";")[0] ?? "";
const secretIn = (body: string) => body.match(/class="totp-secret">([A-Z2-7]+)</)?.[1] ?? "";

/** Invitation → account, half signed in, before enrolment. */
async function acceptInvitation(username: string) {
  const invitation = await issueStaffInvitation({ organisationId, role: "facilitator", issuedById: null });
  expect((await send(server, invitation.path)).status).toBe(200);
  const accepted = await send(server, invitation.path, { form: { username, passphrase, repeatPassphrase: passphrase } });
  expect(accepted.status).toBe(303);
  expect(accepted.location).toBe("/staff/enrol");
  return { invitation, pendingCookie: sessionCookieFrom(accepted) ?? "" };
}

/**
 * Invitation → account → enrolment; returns the TOTP secret and backup
 * codes. Enrols with the previous step's code (still within the grace
 * period) unless told which step, so a code made a moment later signs in.
 */
async function enrolNewStaff(username: string, options: { enrolStep?: number } = {}) {
  const { invitation, pendingCookie } = await acceptInvitation(username);
  // Half signed in: the workspace stays closed.
  expect((await send(server, "/staff", { cookie: pendingCookie })).location).toBe("/staff/login/code");
  const enrolPage = await send(server, "/staff/enrol", { cookie: pendingCookie });
  expect(enrolPage.body).toContain("<svg");
  const secret = secretIn(enrolPage.body);
  expect(secret).toHaveLength(32);
  // The secret waits, sealed, in a cookie of its own until a code confirms it.
  const cookies = `${pendingCookie}; ${enrolCookieFrom(enrolPage)}`;
  const wrong = await send(server, "/staff/enrol", { form: { code: "000000" }, cookie: cookies });
  expect(wrong.status).toBe(400);
  const step = options.enrolStep ?? (await freshStep()) - 1;
  const confirmed = await send(server, "/staff/enrol", { form: { code: codeAt(secret, step) }, cookie: cookies });
  expect(confirmed.status).toBe(200);
  const backupCodes = [...confirmed.body.matchAll(/<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})<\/code>/g)].map((m) => m[1] ?? "");
  expect(backupCodes).toHaveLength(10);
  // The invitation worked once: the link now says it was used (410).
  expect((await send(server, invitation.path)).status).toBe(410);
  // The session from the invitation is now fully signed in.
  return { secret, backupCodes, cookie: pendingCookie, enrolStep: step };
}

async function signInWithPassphrase(username: string) {
  const result = await send(server, "/staff/login", { form: { username, passphrase } });
  expect(result.status).toBe(303);
  expect(result.location).toBe("/staff/login/code");
  return sessionCookieFrom(result);
}

describe("staff sign-in", () => {
  it("enrols through an invitation and then needs the authenticator", async () => {
    const { secret, cookie } = await enrolNewStaff("maria.facilitator");
    expect((await send(server, "/staff", { cookie })).status).toBe(200);
    const stored = await getDb().staffUser.findUniqueOrThrow({ where: { username: "maria.facilitator" } });
    // The TOTP secret is sealed, never stored as typed into an authenticator.
    expect(stored.totpSecretCipher).toMatch(/^s1:/);
    expect(stored.totpSecretCipher).not.toContain(secret);

    const pending = await signInWithPassphrase("maria.facilitator");
    expect((await send(server, "/staff", { cookie: pending })).location).toBe("/staff/login/code");
    const wrongCode = await send(server, "/staff/login/code", { form: { code: "123456" }, cookie: pending });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body).toContain("That code is not right");
    expect((await send(server, "/staff/facilitate", { cookie: pending })).status).toBe(404);
    expect((await send(server, "/facilitate", { cookie: pending })).location).toBe("/staff/login/code");

    const verified = await send(server, "/staff/login/code", { form: { code: currentCode(secret) }, cookie: pending });
    expect(verified.status).toBe(303);
    const fullCookie = sessionCookieFrom(verified);
    // A new session id once fully signed in; the half-signed-in one is gone.
    expect(fullCookie).not.toBe(pending);
    expect((await send(server, "/staff", { cookie: pending })).location).toBe("/staff/login");
    expect((await send(server, "/staff", { cookie: fullCookie })).status).toBe(200);
  });

  it("accepts each backup code once", async () => {
    const { backupCodes } = await enrolNewStaff("li.backup");
    const backup = backupCodes[0] ?? "";
    const first = await signInWithPassphrase("li.backup");
    const used = await send(server, "/staff/login/code", { form: { code: backup.toLowerCase() }, cookie: first });
    expect(used.status).toBe(303);
    expect(used.location).toBe("/staff");
    const second = await signInWithPassphrase("li.backup");
    const reused = await send(server, "/staff/login/code", { form: { code: backup }, cookie: second });
    expect(reused.status).toBe(400);
  });

  it("accepts an authentication code once: the same code again is refused, even within its 30 seconds", async () => {
    const { secret } = await enrolNewStaff("code.once");
    const step = await freshStep();
    const first = await send(server, "/staff/login/code", { form: { code: codeAt(secret, step) }, cookie: await signInWithPassphrase("code.once") });
    expect(first.status).toBe(303);
    expect((await getDb().staffUser.findUniqueOrThrow({ where: { username: "code.once" } })).totpLastStep).toBe(step);
    const replayed = await send(server, "/staff/login/code", { form: { code: codeAt(secret, step) }, cookie: await signInWithPassphrase("code.once") });
    expect(replayed.status).toBe(400);
    expect(replayed.body).toContain("already been used");
    // An older code than the last one accepted, though still within the grace period: refused too.
    const older = await send(server, "/staff/login/code", { form: { code: codeAt(secret, step - 1) }, cookie: await signInWithPassphrase("code.once") });
    expect(older.status).toBe(400);
  });

  it("does not accept the enrolment code again for signing in", async () => {
    const step = await freshStep();
    const { secret } = await enrolNewStaff("enrol.once", { enrolStep: step });
    const reused = await send(server, "/staff/login/code", { form: { code: codeAt(secret, step) }, cookie: await signInWithPassphrase("enrol.once") });
    expect(reused.status).toBe(400);
    expect(reused.body).toContain("already been used");
  });

  it("writes nothing when the enrolment page is shown; a reload shows the same secret", async () => {
    const { pendingCookie } = await acceptInvitation("no.write");
    const before = { counts: await tableCounts(), row: await getDb().staffUser.findUniqueOrThrow({ where: { username: "no.write" } }) };
    const first = await send(server, "/staff/enrol", { cookie: pendingCookie });
    const reload = await send(server, "/staff/enrol", { cookie: `${pendingCookie}; ${enrolCookieFrom(first)}` });
    const elsewhere = await send(server, "/staff/enrol", { cookie: pendingCookie });
    expect([first.status, reload.status, elsewhere.status]).toEqual([200, 200, 200]);
    expect(await tableCounts()).toEqual(before.counts);
    expect(await getDb().staffUser.findUniqueOrThrow({ where: { username: "no.write" } })).toEqual(before.row);
    expect(before.row.totpSecretCipher).toBeNull();
    expect(secretIn(reload.body)).toBe(secretIn(first.body));
    // Without the cookie (another browser) there is nothing to find: a new secret.
    expect(secretIn(elsewhere.body)).not.toBe(secretIn(first.body));
    expect(first.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a pending secret that is too old or from another session", async () => {
    const { pendingCookie } = await acceptInvitation("stale.secret");
    const staff = await getDb().staffUser.findUniqueOrThrow({ where: { username: "stale.secret" } });
    const sessions = await getDb().session.findMany({ where: { staffUserId: staff.id }, select: { id: true } });
    expect(pendingCookie).toBeTruthy();
    const actor = { staffUserId: staff.id, sessionId: sessions[0]?.id ?? "" };
    const shownAt = Date.now();
    const { secret, sealed } = await beginTotpEnrolment(actor, null, shownAt);
    const late = shownAt + pendingEnrolmentSeconds * 1000 + 1000;
    expect(await confirmTotpEnrolment(actor, sealed, codeAt(secret, Math.floor(late / 30_000)), late)).toEqual({ kind: "expired" });
    const otherSession = { ...actor, sessionId: "another-session" };
    expect(await confirmTotpEnrolment(otherSession, sealed, codeAt(secret, Math.floor(shownAt / 30_000)), shownAt)).toEqual({ kind: "expired" });
    expect((await getDb().staffUser.findUniqueOrThrow({ where: { id: staff.id } })).totpEnabledAt).toBeNull();
    // Over HTTP (a pending secret sealed for another session): the page says so and shows a new QR code.
    const foreign = await beginTotpEnrolment(otherSession, null);
    const cookies = `${pendingCookie}; staff_enrol=${foreign.sealed}`;
    const refused = await send(server, "/staff/enrol", { form: { code: codeAt(foreign.secret, await freshStep()) }, cookie: cookies });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("shown too long ago");
    expect(secretIn(refused.body)).toHaveLength(32);
    expect(secretIn(refused.body)).not.toBe(foreign.secret);
    expect((await getDb().staffUser.findUniqueOrThrow({ where: { id: staff.id } })).totpEnabledAt).toBeNull();
  });

  it("gives one answer for an unknown username and a wrong passphrase", async () => {
    const unknown = await send(server, "/staff/login", { form: { username: "nobody.here", passphrase } });
    const wrong = await send(server, "/staff/login", { form: { username: "maria.facilitator", passphrase: "not the passphrase" } });
    expect(unknown.status).toBe(400);
    expect(wrong.status).toBe(400);
    const message = (body: string) => body.match(/role="alert">([^<]*)</)?.[1];
    expect(message(unknown.body)).toBe(message(wrong.body));
    expect(message(unknown.body)).toBeTruthy();
  });
});
