/**
 * The synthesis pages over HTTP, against the production bundle:
 * - only the hosts' facilitators reach them (a drafter, another
 *   organisation's facilitator and a participant get 404, no session is sent
 *   to sign in), and none of the refused writes stores anything;
 * - an unknown theme or principle is 404, an unknown intent 400, a section
 *   too long a translated error with the text kept;
 * - "Save version" makes version n + 1, a save on an older version is the
 *   conflict (409) with the typed text kept, nothing overwritten; "Publish"
 *   makes it what drafters and the public outcome page read;
 * - the editor offers only quotes consented to (b); the public page never
 *   shows a quote without (c); the consultation page links the outcome only
 *   once there is one; /me says "quoted".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { createWorld, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";
import { prepareSynthesisConsultation, seedApprovedRedacted } from "../support/synthesis";

let server: TestServer;
let world: World;
let consultationId: string;
const ids: Record<string, string> = {};
const db = () => getDb();
const editor = () => `/facilitate/${world.consultationSlug}/synthesis/protection`;
const versions = () => db().themeSynthesis.count({ where: { consultationId } });
const answerOf = async (submissionId: string) =>
  (await db().answer.findFirstOrThrow({ where: { submissionId }, orderBy: { question: { position: "asc" } } })).id;

beforeAll(async () => {
  world = await createWorld();
  consultationId = (await db().consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug } })).id;
  await prepareSynthesisConsultation(consultationId);
  const participantId = (await db().submission.findUniqueOrThrow({ where: { id: world.participantAContributionId } })).participantId!;
  const [mine, draftersOnly, noB] = await seedApprovedRedacted(consultationId, [
    { language: "en", texts: ["PUBLIC-CANARY the shelter kept us safe."], participantId, choices: { publicQuotes: true }, quoteConsent: "public" },
    { language: "en", texts: ["DRAFTERS-CANARY only drafters may read this."], quoteConsent: "drafters" },
    { language: "en", texts: ["NO-B-CANARY never to be quoted."], choices: { draftersMayQuote: false }, quoteConsent: "drafters" },
  ]);
  Object.assign(ids, { mine, draftersOnly, noB });
  server = await startTestServer();
}, 90_000);
afterAll(async () => server?.close());

describe("who reaches the synthesis pages", () => {
  it("refuses everyone but the hosts' facilitators, and stores nothing for them", async () => {
    const form = { intent: "save", version: "0", said: "REFUSED-WRITE" };
    for (const [actor, expected] of [
      ["drafterOfHost", 404],
      ["facilitatorOfOther", 404],
      ["participantA", 404],
      ["adminOfHost", 404],
    ] as const) {
      const cookie = world.cookies[actor];
      expect((await send(server, `/facilitate/${world.consultationSlug}/synthesis`, { cookie })).status, actor).toBe(expected);
      expect((await send(server, editor(), { cookie })).status, actor).toBe(expected);
      expect((await send(server, editor(), { cookie, form })).status, actor).toBe(expected);
    }
    const anonymous = await send(server, editor(), { form });
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toBe("/staff/login");
    expect(await versions()).toBe(0);
  });

  it("answers 404 for an unknown theme or principle, and 400 for an unknown intent", async () => {
    const cookie = world.cookies.facilitatorOfHost;
    expect((await send(server, `/facilitate/${world.consultationSlug}/synthesis/safety`, { cookie })).status).toBe(404);
    expect((await send(server, `${editor()}/99`, { cookie })).status).toBe(404);
    // Principle 2 is of recovery, not protection.
    expect((await send(server, `${editor()}/2`, { cookie })).status).toBe(404);
    expect((await send(server, `/facilitate/${world.consultationSlug}/synthesis/recovery/2`, { cookie })).status).toBe(200);
    expect((await send(server, `${editor()}/99`, { cookie, form: { intent: "save", version: "0", said: "x" } })).status).toBe(404);
    expect((await send(server, editor(), { cookie, form: { intent: "delete-everything" } })).status).toBe(400);
    expect(await versions()).toBe(0);
  });
});

describe("writing a synthesis", () => {
  it("offers only quotes consented to (b), as redacted text", async () => {
    const page = await send(server, editor(), { cookie: world.cookies.facilitatorOfHost });
    expect(page.status).toBe(200);
    expect(page.body).toContain("PUBLIC-CANARY the shelter kept us safe.");
    expect(page.body).toContain("DRAFTERS-CANARY");
    expect(page.body).not.toContain("NO-B-CANARY");
    expect(page.body).toContain(html("workspace:synthesis.fields.said"));
    expect(page.body).toContain(html("workspace:synthesis.fields.change"));
    expect(page.body).toContain(html("workspace:synthesis.fields.emerging"));
    expect(page.body).toContain(html("workspace:synthesis.save"));
  });

  it("refuses a section that is too long with a translated message, keeping the text", async () => {
    const long = `LONG-TEXT ${"a".repeat(8000)}`;
    const result = await send(server, editor(), { cookie: world.cookies.facilitatorOfHost, form: { intent: "save", version: "0", said: long } });
    expect(result.status).toBe(400);
    expect(result.body).toContain(html("workspace:synthesis.errors.tooLong"));
    expect(result.body).toContain(long);
    expect(await versions()).toBe(0);
  });

  it("saves version 1 with its quotes, refuses a stale save as a conflict keeping the text, then publishes", async () => {
    const cookie = world.cookies.facilitatorOfHost;
    const form = {
      intent: "save",
      version: "0",
      said: "Participants asked for **shelters**.",
      change: "Name reprisals.",
      emerging: "",
      [`quote.${await answerOf(ids.mine!)}`]: "on",
      [`quote.${await answerOf(ids.draftersOnly!)}`]: "on",
    };
    const saved = await send(server, editor(), { cookie, form });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(editor());
    expect(await versions()).toBe(1);
    const row = await db().themeSynthesis.findFirstOrThrow({ where: { consultationId }, include: { quotes: true } });
    expect(row.quotes).toHaveLength(2);
    expect(row.publishedAt).toBeNull();

    // A second facilitator still on version 0: the conflict, the typed text kept, nothing stored.
    const stale = await send(server, editor(), { cookie, form: { ...form, said: "STALE-TYPED-TEXT kept for the writer" } });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain(html("workspace:synthesis.errors.conflict"));
    expect(stale.body).toContain("STALE-TYPED-TEXT kept for the writer");
    expect(await versions()).toBe(1);

    // Nothing published yet: no outcome page, no link.
    expect((await send(server, `/c/${world.consultationSlug}/outcome`)).status).toBe(404);
    expect((await send(server, `/c/${world.consultationSlug}`)).body).not.toContain(html("consultations:outcome.link"));

    const published = await send(server, editor(), { cookie, form: { intent: "publish", version: "1" } });
    expect(published.status).toBe(303);
    expect((await db().themeSynthesis.findFirstOrThrow({ where: { consultationId } })).publishedAt).not.toBeNull();
    expect((await db().auditEvent.findMany({ where: { subjectId: row.id }, orderBy: { at: "asc" } })).map((event) => event.action)).toEqual([
      "synthesis.saved",
      "synthesis.published",
    ]);
    expect((await send(server, editor(), { cookie, form: { intent: "publish", version: "5" } })).status).toBe(404);
  });

  it("shows the published outcome to anyone, without a quote its author did not open to the public", async () => {
    const consultation = await send(server, `/c/${world.consultationSlug}`);
    expect(consultation.body).toContain(html("consultations:outcome.link"));
    const outcome = await send(server, `/c/${world.consultationSlug}/outcome`);
    expect(outcome.status).toBe(200);
    expect(outcome.body).toContain("<strong>shelters</strong>");
    expect(outcome.body).toContain(html("outcome:sections.said"));
    expect(outcome.body).not.toContain("DRAFTERS-CANARY");
    expect(outcome.body).not.toContain("NO-B-CANARY");
    // In Arabic too, right to left.
    const arabic = await send(server, `/c/${world.consultationSlug}/outcome?lng=ar`);
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain(html("outcome:title", {}, "ar"));
  });

  it("shows a quote consented to (c) only where its theme's count is shown, with the counts under the disclosure rule", async () => {
    // Nothing counted in the rollups yet: every theme is "fewer than 5", so no quote at all.
    let outcome = await send(server, `/c/${world.consultationSlug}/outcome`);
    expect(outcome.body).toContain(html("outcome:disclosure.fewer", { k: 5 }));
    expect(outcome.body).not.toContain("PUBLIC-CANARY");
    // The rollups as the refresh job leaves them: protection has 9 contributions, participation 2.
    const cells = { protection: 9, prevention: 7, participation: 2, recovery: 6 };
    await db().summaryCell.createMany({
      data: Object.entries(cells).map(([theme, contributions]) => ({ consultationId, theme, principleId: "", language: "en", kind: "online" as const, stance: "", contributions })),
    });
    outcome = await send(server, `/c/${world.consultationSlug}/outcome`);
    expect(outcome.body).toContain("PUBLIC-CANARY the shelter kept us safe.");
    expect(outcome.body).toContain("<td>9</td>");
    expect(outcome.body).toContain(html("outcome:disclosure.fewer", { k: 5 }));
    expect(outcome.body).not.toContain("DRAFTERS-CANARY");
    expect(outcome.body).not.toContain("NO-B-CANARY");
    // Protection's cell hidden (fewer than k): its quote goes with it.
    await db().summaryCell.updateMany({ where: { consultationId, theme: "protection" }, data: { contributions: 3 } });
    outcome = await send(server, `/c/${world.consultationSlug}/outcome`);
    expect(outcome.body).not.toContain("PUBLIC-CANARY");
  });

  it("tells the participant in /me that their contribution is quoted", async () => {
    const me = await send(server, "/me", { cookie: world.cookies.participantA });
    expect(me.status).toBe(200);
    expect(me.body).toContain(html("participation:contribution.inPublishedSummary"));
    expect(me.body).toContain(html("participation:outcome.quoted"));
    const own = await send(server, `/me/contributions/${ids.mine}`, { cookie: world.cookies.participantA });
    expect(own.body).toContain(html("participation:outcome.quoted"));
  });
});
