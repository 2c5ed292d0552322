/**
 * Starting a contribution creates a Submission row, so one client must not
 * be able to start them without end: a limit per client on new drafts, and
 * a honeypot field that form-filling scripts fill in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { honeypotField } from "~/modules/safety/honeypot";
import { rateLimits } from "~/modules/safety/rate-limit.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug, draftCookieFrom, hiddenValue } from "../support/participation";
import { tableCounts } from "../support/table-counts";

let server: TestServer;
let consentTextId: string;
const consentPath = `/c/${demoSlug}/consent`;

beforeAll(async () => {
  server = await startTestServer();
  await demoConsultation();
  consentTextId = hiddenValue((await send(server, consentPath)).body, "consentTextId");
});
afterAll(async () => server?.close());
beforeEach(async () => {
  await getDb().rateLimitBucket.deleteMany();
});

/** A consent form as a new visitor without an account sends it: a fresh form key, no cookie. */
function consentForm(extra: Record<string, string> = {}) {
  return { idempotencyKey: generateFormKey(), consentTextId, useInSummaries: "on", ...extra };
}

describe("starting contributions from one client", () => {
  it("stops at the limit with a translated 429 and Retry-After, keeps the choices, and creates no more drafts", async () => {
    const { limit } = rateLimits["draft-start:client"];
    const before = await getDb().submission.count();
    for (let index = 0; index < limit; index += 1) {
      const started = await send(server, consentPath, { form: consentForm() });
      expect(started.status, `start ${index + 1}`).toBe(303);
      expect(draftCookieFrom(started)).toBeTruthy();
    }
    const refused = await send(server, consentPath, { form: consentForm({ draftersMayQuote: "on" }) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body).toContain("Many contributions have been started from this connection");
    expect(refused.body).toMatch(/name="draftersMayQuote"[^>]*checked/);
    expect(draftCookieFrom(refused)).toBeUndefined();
    expect((await tableCounts()).Submission).toBe(before + limit);

    // In Spanish too.
    const spanishCookie = "lng=ImVzIg%3D%3D";
    const spanishTextId = hiddenValue((await send(server, consentPath, { cookie: spanishCookie })).body, "consentTextId");
    const spanish = await send(server, consentPath, { form: consentForm({ consentTextId: spanishTextId }), cookie: spanishCookie });
    expect(spanish.status).toBe(429);
    expect(spanish.body).toContain("Desde esta conexión se han empezado muchas contribuciones");
    expect((await tableCounts()).Submission).toBe(before + limit);
  }, 60_000);

  it("still lets a draft already in progress change its choices at the limit", async () => {
    const started = await send(server, consentPath, { form: consentForm() });
    const cookie = draftCookieFrom(started)!;
    const { limit } = rateLimits["draft-start:client"];
    for (let index = 1; index < limit; index += 1) await send(server, consentPath, { form: consentForm() });
    const changed = await send(server, consentPath, { form: consentForm({ draftersMayQuote: "on" }), cookie });
    expect(changed.status).toBe(303);
    expect(changed.location).toBe(`/c/${demoSlug}/respond`);
  }, 60_000);
});

describe("the honeypot field", () => {
  it("is on the consent page, hidden, and empty", async () => {
    const page = await send(server, consentPath);
    expect(page.body).toMatch(new RegExp(`<div class="honeypot"><label for="honeypot-field">Leave this field empty</label><input type="text" id="honeypot-field" name="${honeypotField}"[^>]*value=""`));
  }, 60_000);

  it("filled in: a neutral redirect like a start, no cookie, and nothing created", async () => {
    const before = await tableCounts();
    const result = await send(server, consentPath, { form: consentForm({ [honeypotField]: "https://spam.example" }) });
    expect(result.status).toBe(303);
    expect(result.location).toBe(`/c/${demoSlug}/respond`);
    expect(draftCookieFrom(result)).toBeUndefined();
    const after = await tableCounts();
    expect(after.Submission).toBe(before.Submission);
    expect(after.ConsentRecord).toBe(before.ConsentRecord);
  }, 60_000);

  it("left empty: the start goes ahead", async () => {
    const before = await getDb().submission.count();
    const result = await send(server, consentPath, { form: consentForm({ [honeypotField]: "" }) });
    expect(result.status).toBe(303);
    expect(draftCookieFrom(result)).toBeTruthy();
    expect(await getDb().submission.count()).toBe(before + 1);
  }, 60_000);
});
