/**
 * Staff accounts over HTTP: an invitation link creates the account, the
 * authenticator is enrolled with a first code, and from then on a
 * passphrase alone opens nothing — only a current authentication code or a
 * backup code (once) completes the sign-in.
 */
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueStaffInvitation } from "~/modules/auth/issue-staff-invitation.server";
import { getDb } from "~/modules/db/db.server";
import { send, sessionCookieFrom, startTestServer, type TestServer } from "../support/http-app";

let server: TestServer;
let organisationId: string;
beforeAll(async () => {
  server = await startTestServer();
  organisationId = (await getDb().organisation.create({ data: { slug: "staff-test-org", name: "Staff test organisation" } })).id;
});
afterAll(async () => server?.close());

const passphrase = "granite willow forty harbour";
const currentCode = (secret: string) => generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);

/** Invitation → account → enrolment; returns the TOTP secret and backup codes. */
async function enrolNewStaff(username: string) {
  const invitation = await issueStaffInvitation({ organisationId, role: "facilitator", issuedById: null });
  expect((await send(server, invitation.path)).status).toBe(200);
  const accepted = await send(server, invitation.path, { form: { username, passphrase, repeatPassphrase: passphrase } });
  expect(accepted.status).toBe(303);
  expect(accepted.location).toBe("/staff/enrol");
  const pendingCookie = sessionCookieFrom(accepted);
  // Half signed in: the workspace stays closed.
  expect((await send(server, "/staff", { cookie: pendingCookie })).location).toBe("/staff/login/code");
  const enrolPage = await send(server, "/staff/enrol", { cookie: pendingCookie });
  expect(enrolPage.body).toContain("<svg");
  const secret = enrolPage.body.match(/class="totp-secret">([A-Z2-7]+)</)?.[1] ?? "";
  expect(secret).toHaveLength(32);
  const wrong = await send(server, "/staff/enrol", { form: { code: "000000" }, cookie: pendingCookie });
  expect(wrong.status).toBe(400);
  const confirmed = await send(server, "/staff/enrol", { form: { code: currentCode(secret) }, cookie: pendingCookie });
  expect(confirmed.status).toBe(200);
  const backupCodes = [...confirmed.body.matchAll(/<code>([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})<\/code>/g)].map((m) => m[1] ?? "");
  expect(backupCodes).toHaveLength(10);
  // The invitation worked once.
  expect((await send(server, invitation.path)).status).toBe(404);
  // The session from the invitation is now fully signed in.
  return { secret, backupCodes, cookie: pendingCookie };
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
