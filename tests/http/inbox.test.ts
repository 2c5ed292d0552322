/**
 * The pseudonymous inbox over HTTP, as a browser without JavaScript uses it:
 * a facilitator writes to a participant who chose (d); the participant sees
 * it unread in /me, reads it on their contribution's page and replies; turns
 * contact off (through the consent change: (d) false, a ConsentChange row);
 * the facilitator then can no longer write (a clear message, nothing stored,
 * no audit event). Messages are stored only encrypted; each send is one audit
 * event, each showing of the thread one read event; nobody else reaches the
 * thread.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { signedInStaff } from "../support/actors";
import { send, sessionCookieFrom, startTestServer, type TestServer } from "../support/http-app";
import { html } from "../support/locales";
import { demoConsultation, demoSlug } from "../support/participation";

let server: TestServer;
let consultationId: string;
let facilitator: string;
let facilitatorId: string;
let outsider: string;
let participant: string;
let otherParticipant: string;
let contributionId: string;
let notContactableId: string;

const question = "FACILITATOR-CANARY-7d2 what did you mean by safe places?";
const reply = "PARTICIPANT-CANARY-9k4 places where nobody asks for papers.";

async function join(pseudonym: string): Promise<string> {
  const passphrase = "lantern orbit cactus meadow";
  const result = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase } });
  expect(result.status).toBe(200);
  return sessionCookieFrom(result) ?? "";
}

const participantIdOf = async (cookie: string) => {
  const token = cookie.split("=")[1]!;
  const { createHash } = await import("node:crypto");
  const session = await getDb().session.findUniqueOrThrow({ where: { id: createHash("sha256").update(token).digest("hex") } });
  return session.participantId!;
};

beforeAll(async () => {
  server = await startTestServer();
  ({ consultationId } = await demoConsultation());
  const db = getDb();
  const hosts = await db.consultationHost.findMany({ where: { consultationId }, select: { organisationId: true } });
  facilitator = await signedInStaff("inbox-facilitator", [{ organisationId: hosts[0]!.organisationId, role: "facilitator" }]);
  facilitatorId = (await db.staffUser.findUniqueOrThrow({ where: { username: "inbox-facilitator" } })).id;
  const other = await db.organisation.create({ data: { slug: "inbox-other-org", name: "Not a host" } });
  outsider = await signedInStaff("inbox-outsider", [{ organisationId: other.id, role: "facilitator" }]);
  participant = await join("inbox round trip one");
  otherParticipant = await join("inbox round trip two");
  const participantId = await participantIdOf(participant);
  const [contactable, notContactable] = await seedSampleContributions(db, consultationId, [
    { language: "en", texts: ["Safe places matter."], participantId, choices: { inboxContact: true } },
    { language: "en", texts: ["No contact, please."], participantId: await participantIdOf(otherParticipant) },
  ]);
  contributionId = contactable!;
  notContactableId = notContactable!;
});
afterAll(async () => server?.close());

const thread = (id = contributionId) => `/facilitate/${demoSlug}/${id}/messages`;
const staffEvents = (action: string) => getDb().auditEvent.count({ where: { actorId: facilitatorId, action } });

describe("the inbox round trip", () => {
  it("a facilitator writes; the message is stored encrypted with one audit event", async () => {
    const page = await send(server, thread(), { cookie: facilitator });
    expect(page.status).toBe(200);
    expect(page.body).toContain(html("workspace:inbox.send"));
    const before = await staffEvents("message.sent");
    const sent = await send(server, thread(), { cookie: facilitator, form: { intent: "send", body: question } });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(thread());
    expect(await staffEvents("message.sent")).toBe(before + 1);
    const rows = await getDb().message.findMany({ where: { submissionId: contributionId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bodyCipher).not.toContain("CANARY");
    expect(rows[0]!.sentOn.toISOString()).toMatch(/T00:00:00\.000Z$/);
    const events = await getDb().auditEvent.findMany({ where: { actorId: facilitatorId } });
    expect(JSON.stringify(events)).not.toContain("CANARY");
  });

  it("the participant sees it unread in /me, reads it on the contribution's page, and replies", async () => {
    const list = await send(server, "/me", { cookie: participant });
    expect(list.body).toContain(html("participation:inbox.unread", { count: 1 }));
    const page = await send(server, `/me/contributions/${contributionId}`, { cookie: participant });
    expect(page.status).toBe(200);
    expect(page.body).toContain(html("participation:inbox.heading"));
    expect(page.body).toContain(question);
    expect(page.body).toContain(html("participation:inbox.send"));
    expect(page.body).toContain(html("participation:inbox.turnOff"));
    expect((await send(server, "/me", { cookie: participant })).body).not.toContain(html("participation:inbox.unread", { count: 1 }));

    const empty = await send(server, `/me/contributions/${contributionId}`, { cookie: participant, form: { intent: "reply", body: "  " } });
    expect(empty.status).toBe(400);
    expect(empty.body).toContain(html("participation:inbox.errors.bodyRequired"));
    const replied = await send(server, `/me/contributions/${contributionId}`, { cookie: participant, form: { intent: "reply", body: reply } });
    expect(replied.status).toBe(303);
    expect(await getDb().message.count({ where: { submissionId: contributionId, fromParticipant: true } })).toBe(1);
  });

  it("the facilitator reads the reply, and showing the thread is one read event", async () => {
    const before = await staffEvents("submission.read");
    const page = await send(server, thread(), { cookie: facilitator });
    expect(page.body).toContain(reply);
    expect(await staffEvents("submission.read")).toBe(before + 1);
  });

  it("nobody else reaches the thread", async () => {
    expect((await send(server, thread(), { cookie: outsider })).status).toBe(404);
    expect((await send(server, thread(), { cookie: outsider, form: { intent: "send", body: "Hello" } })).status).toBe(404);
    const foreign = await send(server, `/me/contributions/${contributionId}`, { cookie: otherParticipant, form: { intent: "reply", body: "Not mine" } });
    expect(foreign.status).toBe(404);
    expect((await send(server, `/me/contributions/${contributionId}`, { cookie: otherParticipant })).status).toBe(404);
    expect(await getDb().message.count({ where: { submissionId: contributionId } })).toBe(2);
  });

  it("the participant turns contact off; the facilitator can no longer write, and nothing is stored", async () => {
    const off = await send(server, `/me/contributions/${contributionId}`, { cookie: participant, form: { intent: "contactOff" } });
    expect(off.status).toBe(303);
    const record = await getDb().submission.findUniqueOrThrow({
      where: { id: contributionId },
      select: { consentRecord: { select: { inboxContact: true, useInSummaries: true, draftersMayQuote: true, changes: { orderBy: { id: "asc" } } } } },
    });
    expect(record.consentRecord).toMatchObject({ inboxContact: false, useInSummaries: true, draftersMayQuote: true });
    expect(record.consentRecord!.changes.some((change) => !change.inboxContact)).toBe(true);

    const closed = await send(server, `/me/contributions/${contributionId}`, { cookie: participant });
    expect(closed.body).toContain(html("participation:inbox.closed"));
    expect(closed.body).not.toContain(html("participation:inbox.send"));
    const lateReply = await send(server, `/me/contributions/${contributionId}`, { cookie: participant, form: { intent: "reply", body: "Too late" } });
    expect(lateReply.status).toBe(400);
    expect(lateReply.body).toContain(html("participation:inbox.errors.closed"));

    const page = await send(server, thread(), { cookie: facilitator });
    expect(page.body).toContain(html("workspace:inbox.notContactable"));
    expect(page.body).not.toContain(html("workspace:inbox.send"));
    const before = await staffEvents("message.sent");
    const refused = await send(server, thread(), { cookie: facilitator, form: { intent: "send", body: "Are you still there?" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(html("workspace:inbox.errors.notContactable"));
    expect(await getDb().message.count({ where: { submissionId: contributionId } })).toBe(2);
    expect(await staffEvents("message.sent")).toBe(before);
  });

  it("a participant who never chose (d) cannot be written to", async () => {
    const refused = await send(server, thread(notContactableId), { cookie: facilitator, form: { intent: "send", body: "Hello?" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(html("workspace:inbox.errors.notContactable"));
    expect(await getDb().message.count({ where: { submissionId: notContactableId } })).toBe(0);
  });

  it("an unknown intent is refused with 400", async () => {
    expect((await send(server, thread(), { cookie: facilitator, form: { intent: "no-such-intent", body: "x" } })).status).toBe(400);
  });
});

describe("choice (d) is offered again, to accounts only", () => {
  it("on the consent page: with an account, not without", async () => {
    const cookie = await join("inbox consent offer");
    const signedIn = await send(server, `/c/${demoSlug}/consent`, { cookie });
    expect(signedIn.body).toContain('name="inboxContact"');
    const anonymous = await send(server, `/c/${demoSlug}/consent`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).not.toContain('name="inboxContact"');
  });
});
