/**
 * A refusal is not a crash (issue 10, bug 2): a signed-in account refused an
 * area gets 403 and a page saying what this account may not do here and
 * where its own pages are — never "Something went wrong on our side".
 * Whatever hides existence (a consultation, an organisation) stays 404.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { text } from "../../e2e/locales";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";

let server: TestServer;
let world: World;

beforeAll(async () => {
  server = await startTestServer();
  world = await createWorld();
});
afterAll(async () => server?.close());

/** The page's text as a reader sees it (React escapes apostrophes and ampersands). */
const readable = (html: string) => html.replaceAll("&#x27;", "'").replaceAll("&amp;", "&").replaceAll("&quot;", '"');

describe("a refused area", () => {
  it("tells a drafter on /admin that the admin area is for admins, with a way to the staff workspace", async () => {
    const page = await send(server, "/admin", { cookie: world.cookies.drafterOfHost });
    expect(page.status).toBe(403);
    const body = readable(page.body);
    expect(body).toContain(text("en", "errors.forbidden.title"));
    expect(body).toContain(text("en", "errors.forbidden.adminsOnly"));
    expect(body).toContain('href="/staff"');
    expect(body).not.toContain(text("en", "errors.genericBody"));
  });

  it("tells staff on a consultation's consent step that staff accounts give no input", async () => {
    const page = await send(server, `/c/${world.consultationSlug}/consent`, { cookie: world.cookies.facilitatorOfHost });
    expect(page.status).toBe(403);
    const body = readable(page.body);
    expect(body).toContain(text("en", "errors.forbidden.staffGiveNoInput"));
    expect(body).not.toContain(text("en", "errors.genericBody"));
  });

  it("tells a participant on the staff workspace that it is for staff, with a way to their contributions", async () => {
    const page = await send(server, "/staff", { cookie: world.cookies.participantA });
    expect(page.status).toBe(403);
    expect(readable(page.body)).toContain(text("en", "errors.forbidden.staffOnly"));
    expect(page.body).toContain('href="/me"');
  });

  it("is translated", async () => {
    const page = await send(server, "/admin", { cookie: world.cookies.drafterOfHost, headers: { "accept-language": "es" } });
    expect(page.status).toBe(403);
    expect(readable(page.body)).toContain(text("es", "errors.forbidden.adminsOnly"));
  });

  it("keeps 404 for what the account may not know exists", async () => {
    const page = await send(server, `/admin/orgs/${world.hostOrganisationId}`, { cookie: world.cookies.facilitatorOfOther });
    expect(page.status).toBe(404);
    expect(readable(page.body)).toContain(text("en", "errors.notFoundTitle"));
  });
});
