/**
 * The in-person page over HTTP, as a browser without JavaScript sends it:
 * refusals come back with their translated message and everything typed,
 * nothing stored and no audit event; a session belongs to the organisation
 * that recorded it (a co-host's facilitator gets 404 for it, as for one that
 * does not exist); an unknown intent is a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { signedInStaff } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";
import { demoConsultation, demoSlug, hiddenValue } from "../support/participation";

let server: TestServer;
let lead: string;
let cohost: string;
let sessionId: string;
let questionId: string;
const base = `/facilitate/${demoSlug}/in-person`;

beforeAll(async () => {
  server = await startTestServer();
  const { consultationId, questions } = await demoConsultation();
  questionId = questions.find((question) => question.kind === "free_text")!.id;
  const hosts = await getDb().consultationHost.findMany({ where: { consultationId }, orderBy: { role: "asc" }, select: { organisationId: true, role: true } });
  lead = await signedInStaff("in-person-lead", [{ organisationId: hosts.find((host) => host.role === "lead")!.organisationId, role: "facilitator" }]);
  cohost = await signedInStaff("in-person-cohost", [{ organisationId: hosts.find((host) => host.role === "cohost")!.organisationId, role: "facilitator" }]);
  const started = await send(server, base, {
    cookie: lead,
    form: { intent: "session", heldOn: "2026-11-20", place: "Bosa", language: "es", peoplePresent: "6" },
  });
  expect(started.status).toBe(303);
  sessionId = new URL(started.location!, "http://x").searchParams.get("session")!;
});
afterAll(async () => server?.close());

const inSession = () => getDb().submission.count({ where: { inPersonSessionId: sessionId } });

describe("the in-person page", () => {
  it("keeps what was typed when a speaker is refused, and stores nothing", async () => {
    const page = await send(server, `${base}?session=${sessionId}`, { cookie: lead });
    expect(page.status).toBe(200);
    const formKey = hiddenValue(page.body, "formKey");
    const refused = await send(server, `${base}?session=${sessionId}`, {
      cookie: lead,
      form: { intent: "speaker", sessionId, formKey, then: "another", consentReference: "Form 21", useInSummaries: "on", [`answer.${questionId}`]: "Que nos escuchen." },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(html("workspace:inPerson.errors.basisRequired"));
    expect(refused.body).toContain("Que nos escuchen.");
    expect(refused.body).toContain('value="Form 21"');
    expect(await inSession()).toBe(0);
  });

  it("saves a speaker, then sends them back to an empty form for the next one", async () => {
    const page = await send(server, `${base}?session=${sessionId}`, { cookie: lead });
    const saved = await send(server, `${base}?session=${sessionId}`, {
      cookie: lead,
      form: {
        intent: "speaker",
        sessionId,
        formKey: hiddenValue(page.body, "formKey"),
        then: "another",
        consentBasis: "written",
        consentReference: "Form 22",
        useInSummaries: "on",
        [`answer.${questionId}`]: "Refugios.",
      },
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${base}?session=${sessionId}`);
    expect(await inSession()).toBe(1);
  });

  it("does not let another host organisation's facilitator see or add to the session", async () => {
    expect((await send(server, `${base}?session=${sessionId}`, { cookie: cohost })).status).toBe(404);
    const foreign = await send(server, base, {
      cookie: cohost,
      form: { intent: "speaker", sessionId, formKey: "AAAAAAAAAAAAAAAAAAAAAA", consentBasis: "oral", consentReference: "x", useInSummaries: "on", [`answer.${questionId}`]: "x" },
    });
    expect(foreign.status).toBe(404);
    expect(await inSession()).toBe(1);
  });

  it("refuses a session in the future with its message, the place kept", async () => {
    const refused = await send(server, base, { cookie: lead, form: { intent: "session", heldOn: "2099-01-01", place: "Fontibón", language: "es", peoplePresent: "3" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(html("workspace:inPerson.errors.heldOnFuture"));
    expect(refused.body).toContain('value="Fontibón"');
  });

  it("answers an unknown intent with 400", async () => {
    expect((await send(server, base, { cookie: lead, form: { intent: "no-such-intent" } })).status).toBe(400);
  });
});
