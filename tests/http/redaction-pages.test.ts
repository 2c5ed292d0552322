/**
 * The redaction page and the codebook over HTTP, as a browser without
 * JavaScript sends them: what a refusal says and keeps, the conflict page,
 * a withdrawn item, and the audit of reads and exports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { signedInStaff } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";

let server: TestServer;
let cookie: string;
let staffId: string;
let consultationId: string;
const slug = "bogota-2026";

const seed = async (text: string) => (await seedSampleContributions(getDb(), consultationId, [{ language: "en", texts: [text] }]))[0]!;
const answerOf = async (submissionId: string) => (await getDb().answer.findFirstOrThrow({ where: { submissionId }, select: { id: true } })).id;
const events = (action: string, subjectId?: string) => getDb().auditEvent.count({ where: { actorId: staffId, action, ...(subjectId ? { subjectId } : {}) } });

beforeAll(async () => {
  server = await startTestServer();
  await seedDemo(getDb());
  consultationId = (await getDb().consultation.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const hosts = await getDb().consultationHost.findMany({ where: { consultationId, invitation: "accepted" }, select: { organisationId: true } });
  cookie = await signedInStaff(
    "redaction-pages",
    hosts.map(({ organisationId }) => ({ organisationId, role: "facilitator" as const })),
  );
  staffId = (await getDb().staffUser.findUniqueOrThrow({ where: { username: "redaction-pages" } })).id;
}, 60_000);
afterAll(async () => server?.close());

describe("redaction page", () => {
  it("shows the words with their suggestions, and showing it is one read", async () => {
    const id = await seed("My sister Lucía Gómez lives in Medellín.");
    const page = await send(server, `/facilitate/${slug}/${id}/redact`, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(html("workspace:redaction.suggestionLabel", { kind: html("workspace:redaction.kinds.name"), words: "Lucía Gómez", source: html("workspace:redaction.sources.name") }));
    expect(page.body).toContain(html("workspace:redaction.suggestionLabel", { kind: html("workspace:redaction.kinds.place"), words: "Medellín", source: html("workspace:redaction.sources.place") }));
    expect(await events("submission.read", id)).toBe(1);
  });

  it("refuses overlapping spans with the words named, keeping what was typed, storing nothing", async () => {
    const id = await seed("Maria Lopez lives here.");
    const answerId = await answerOf(id);
    const result = await send(server, `/facilitate/${slug}/${id}/redact`, {
      cookie,
      form: {
        intent: "save",
        version: "0",
        [`span:${answerId}:0:11`]: "name",
        [`span:${answerId}:6:17`]: "place",
        [`add:${answerId}:words`]: "here",
        [`add:${answerId}:occurrence`]: "1",
        [`add:${answerId}:kind`]: "place",
      },
    });
    expect(result.status).toBe(400);
    expect(result.body).toContain(html("workspace:redaction.errors.overlap", { first: "Maria Lopez", second: "Lopez lives" }));
    expect(result.body).toMatch(/name="add:[^"]+:words"[^>]*value="here"/);
    expect(await getDb().redaction.count({ where: { answerId } })).toBe(0);
    expect(await events("submission.redacted", id)).toBe(0);
  });

  it("refuses words that are not in the answer on the field", async () => {
    const id = await seed("Nothing to see.");
    const answerId = await answerOf(id);
    const result = await send(server, `/facilitate/${slug}/${id}/redact`, {
      cookie,
      form: { intent: "save", version: "0", [`add:${answerId}:words`]: "Carmen", [`add:${answerId}:occurrence`]: "1", [`add:${answerId}:kind`]: "name" },
    });
    expect(result.status).toBe(400);
    expect(result.body).toContain(html("workspace:redaction.errors.wordsNotFound"));
    expect(result.body).toContain('value="Carmen"');
  });

  it("a stale save gets the conflict page with the saved and the sent spans, and nothing is overwritten", async () => {
    const id = await seed("Call Ana Ruiz now.");
    const answerId = await answerOf(id);
    const first = await send(server, `/facilitate/${slug}/${id}/redact`, { cookie, form: { intent: "save", version: "0", [`span:${answerId}:5:13`]: "name" } });
    expect(first.status).toBe(303);
    const stale = await send(server, `/facilitate/${slug}/${id}/redact`, { cookie, form: { intent: "save", version: "0", [`span:${answerId}:5:8`]: "detail" } });
    expect(stale.status).toBe(409);
    expect(stale.body).toContain(html("workspace:redaction.errors.conflict"));
    expect(stale.body).toContain(html("workspace:redaction.conflict.heading"));
    expect(stale.body).toContain(html("workspace:redaction.spanLabel", { kind: html("workspace:redaction.kinds.name"), words: "Ana Ruiz" }));
    expect(stale.body).toContain(html("workspace:redaction.spanLabel", { kind: html("workspace:redaction.kinds.detail"), words: "Ana" }));
    expect(await getDb().redaction.findMany({ where: { answerId }, select: { start: true, end: true, kind: true } })).toEqual([{ start: 5, end: 13, kind: "name" }]);
    expect(await events("submission.redacted", id)).toBe(1);
  });

  it("a withdrawn item: the page says so and a save is refused with a message, nothing stored", async () => {
    const id = await seed("Maria Lopez lives here.");
    const answerId = await answerOf(id);
    await withdrawContribution(id);
    const page = await send(server, `/facilitate/${slug}/${id}/redact`, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(html("workspace:redaction.withdrawn"));
    const saved = await send(server, `/facilitate/${slug}/${id}/redact`, { cookie, form: { intent: "save", version: "0", [`span:${answerId}:0:11`]: "name" } });
    expect(saved.status).toBe(409);
    expect(saved.body).toContain(html("workspace:redaction.errors.withdrawn"));
    expect(await events("submission.redacted", id)).toBe(0);
    expect(await events("submission.read", id)).toBe(0);
  });
});

describe("codebook page", () => {
  it("refuses a name the consultation already has, keeping what was typed", async () => {
    const added = await send(server, `/facilitate/${slug}/codebook`, { cookie, form: { intent: "add", name: "Land", description: "Land and housing" } });
    expect(added.status).toBe(303);
    const again = await send(server, `/facilitate/${slug}/codebook`, { cookie, form: { intent: "add", name: "Land", description: "Typed again" } });
    expect(again.status).toBe(400);
    expect(again.body).toContain(html("workspace:codebook.errors.nameTaken"));
    expect(again.body).toContain("Typed again");
    const page = await send(server, `/facilitate/${slug}/codebook`, { cookie });
    expect(page.body).toContain(html("workspace:codebook.downloadQdc"));
    expect(page.body).toContain(html("workspace:codebook.rename", { name: "Land" }));
  });

  it("downloads the codebook as CSV and REFI-QDA, one audit event each", async () => {
    const before = await events("codebook.exported");
    const csv = await send(server, `/facilitate/${slug}/codebook.csv`, { cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="codebook-${slug}.csv"`);
    expect(csv.body).toContain('"Land","Land and housing","0"');
    const qdc = await send(server, `/facilitate/${slug}/codebook.qdc`, { cookie });
    expect(qdc.status).toBe(200);
    expect(qdc.body).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(await events("codebook.exported")).toBe(before + 2);
  });
});
