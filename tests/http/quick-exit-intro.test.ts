/**
 * The quick exit is explained once before taking part (GOV.UK's interruption
 * page), over HTTP as a browser without JavaScript meets it: "Take part"
 * leads to the explanation until the browser has seen it, the explanation
 * remembers that in a session cookie, and the quick exit forgets it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug } from "../support/participation";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await demoConsultation();
});
afterAll(async () => server?.close());

const introHref = `href="/c/${demoSlug}/before-you-start"`;
const consentHref = `href="/c/${demoSlug}/consent"`;
// `__Host-` and Secure where the app runs as in production or over HTTPS (as the draft cookie).
const seenCookie = (setCookies: string[]) => setCookies.find((cookie) => /^(__Host-)?exit_intro=/.test(cookie));

describe("the quick-exit explanation before taking part", () => {
  it("comes first, is remembered for the browser session, then Take part goes straight to consent", async () => {
    const first = await send(server, `/c/${demoSlug}`);
    expect(first.body).toContain(introHref);
    expect(first.body).not.toContain(consentHref);

    const intro = await send(server, `/c/${demoSlug}/before-you-start`);
    expect(intro.status).toBe(200);
    expect(intro.headers.get("cache-control")).toBe("no-store");
    expect(intro.body).toContain("Shift key three times");
    expect(intro.body).toContain(consentHref);
    const cookie = seenCookie(intro.setCookies);
    expect(cookie).toBeDefined();
    const attributes = (cookie ?? "").split(/;\s*/);
    const nameAndValue = attributes[0] ?? "";
    expect(nameAndValue).toMatch(/^(__Host-)?exit_intro=1$/);
    expect(attributes).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "SameSite=Lax"]));
    // No expiry: it dies with the browser, so the next person on a shared device sees the page too.
    expect(attributes.some((attribute) => /^(max-age|expires)=/i.test(attribute))).toBe(false);

    const again = await send(server, `/c/${demoSlug}`, { cookie: nameAndValue });
    expect(again.body).toContain(consentHref);
    expect(again.body).not.toContain(introHref);
  });

  it("is forgotten by the quick exit", async () => {
    const exit = await send(server, `/exit?from=${demoSlug}`);
    expect(exit.status).toBe(303);
    expect(seenCookie(exit.setCookies)).toMatch(/^(__Host-)?exit_intro=;.*Max-Age=0/);
  });

  it("is not found for an unknown or draft consultation", async () => {
    expect((await send(server, "/c/no-such-consultation/before-you-start")).status).toBe(404);
    const { status } = await getDb().consultation.findUniqueOrThrow({ where: { slug: demoSlug }, select: { status: true } });
    await getDb().consultation.update({ where: { slug: demoSlug }, data: { status: "draft" } });
    try {
      expect((await send(server, `/c/${demoSlug}/before-you-start`)).status).toBe(404);
    } finally {
      await getDb().consultation.update({ where: { slug: demoSlug }, data: { status } });
    }
  });
});
