/**
 * The facilitators' queue and item pages over HTTP, against the production
 * server started the way `npm start` starts it (its whole output is
 * captured, so the logs can be searched for answer text):
 *
 * - every read and every action is exactly one audit event, and neither the
 *   audit table, nor a dump of the database, nor the server's logs hold a
 *   word of the answers or of a facilitator's note (acceptance 4);
 * - another organisation's facilitator gets 404 on every item and every
 *   action (acceptance 3, with tests/http/permission-matrix.test.ts);
 * - two facilitators on one item: the second save gets the conflict page,
 *   stores nothing and overwrites nothing (acceptance 6);
 * - reading 201 items within minutes raises the bulk-read flag the
 *   organisation's admin sees, and slows the reader down (acceptance 8);
 * - the participant sees each decision in /me; rejecting needs a reason;
 *   bulk approval leaves unreviewed redaction suggestions alone; exact duplicates merge.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { generateFormKey, randomDraftToken } from "~/modules/submissions/contribution-secrets.server";
import { issueReceiptCode } from "~/modules/submissions/receipts.server";
import { createWorld, signedInStaff, type World } from "../support/actors";
import { dumpDatabase } from "../support/database-dump";
import { send } from "../support/http-app";
import { html, text } from "../support/locales";
import { startProductionServer, type ProductionServer } from "../support/production-server";

const canaries = ["Canary 51c0: the amber kestrel sleeps under the bridge.", "Canary 51c1: nobody else knows the green door."];
const noteCanary = "Canary 51c2 note: the lantern was left on.";

let server: ProductionServer;
let world: World;
let consultationId: string;
let secondFacilitator: string;
let secondFacilitatorId: string;
let facilitatorId: string;

const db = () => getDb();
/** The production server reads the `__Host-` session cookie (it always sets Secure cookies). */
const secure = (cookie: string | undefined) => cookie?.replace(/^session=/, "__Host-session=");
const itemPath = (id: string) => `/facilitate/${world.consultationSlug}/${id}`;
const queuePath = () => `/facilitate/${world.consultationSlug}`;
const versionIn = (body: string) => Number(/name="version" value="(\d+)"/.exec(body)?.[1] ?? "NaN");

async function eventsBy(actorId: string) {
  return db().auditEvent.findMany({ where: { actorId }, orderBy: { at: "asc" }, select: { action: true, subjectId: true } });
}

async function seed(texts: string[][], options: { participantId?: string } = {}) {
  return seedSampleContributions(
    db(),
    consultationId,
    texts.map((answers) => ({ language: "en", texts: answers, participantId: options.participantId ?? null })),
  );
}

beforeAll(async () => {
  world = await createWorld();
  const consultation = await db().consultation.findUniqueOrThrow({ where: { slug: world.consultationSlug }, select: { id: true } });
  consultationId = consultation.id;
  for (const [position, prompt] of ["What would protect people?", "What would help recovery?"].entries()) {
    await db().question.create({
      data: {
        consultationId,
        theme: position === 0 ? "protection" : "recovery",
        kind: "free_text",
        position: position + 1,
        translations: { create: { language: "en", prompt } },
      },
    });
  }
  await db().supportResource.create({ data: { consultationId, language: "en", name: "Regional support line", contact: "+1 555 0100" } });
  await db().organisation.update({ where: { id: world.hostOrganisationId }, data: { escalationNote: "Call the duty coordinator within the hour." } });
  secondFacilitator = await signedInStaff("second-facilitator", [{ organisationId: world.hostOrganisationId, role: "facilitator" }]);
  await db().staffUser.update({ where: { username: "second-facilitator" }, data: { displayName: "Second Facilitator" } });
  secondFacilitatorId = (await db().staffUser.findUniqueOrThrow({ where: { username: "second-facilitator" } })).id;
  await db().staffUser.update({ where: { username: "facilitator-host" }, data: { displayName: "First Facilitator" } });
  facilitatorId = (await db().staffUser.findUniqueOrThrow({ where: { username: "facilitator-host" } })).id;
  server = await startProductionServer();
}, 90_000);
afterAll(async () => server?.close());

describe("the audit of reads and actions", () => {
  it("records exactly one event per read and per action, and no answer text or note anywhere", async () => {
    const cookie = secure(world.cookies.facilitatorOfHost);
    const [first, second] = await seed([[canaries[0]!], [canaries[1]!, "A second answer."]]);
    const before = (await eventsBy(facilitatorId)).length;

    // The queue shows an excerpt of each: one read each, and the page says so (the excerpts are there).
    const queue = await send(server, queuePath(), { cookie });
    expect(queue.status).toBe(200);
    expect(queue.body).toContain(html("workspace:queue.rowLink", { reference: first!.slice(0, 8) }));
    expect(queue.body).toContain(html("workspace:queue.filters.search"));
    let events = (await eventsBy(facilitatorId)).slice(before);
    expect(events.filter((event) => event.action === "submission.read").map((event) => event.subjectId).sort()).toEqual(
      [first, second, world.participantAContributionId].filter((id) => id !== world.participantAContributionId).sort(),
    );
    expect(events).toHaveLength(2);

    // Searching decrypts in the application; only the rows shown are reads, and the term is stored nowhere.
    const search = await send(server, `${queuePath()}?q=${encodeURIComponent("amber kestrel")}`, { cookie });
    expect(search.body).toContain(html("workspace:queue.rowLink", { reference: first!.slice(0, 8) }));
    expect(search.body).not.toContain(html("workspace:queue.rowLink", { reference: second!.slice(0, 8) }));
    events = (await eventsBy(facilitatorId)).slice(before);
    expect(events).toHaveLength(3);

    // The item: one read.
    const page = await send(server, itemPath(first!), { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(html("workspace:item.redactLink"));
    events = (await eventsBy(facilitatorId)).slice(before);
    expect(events).toHaveLength(4);
    expect(events.at(-1)).toEqual({ action: "submission.read", subjectId: first });

    // Each action: exactly one event (the redirect shows no page, so no read with it).
    const answer = await db().answer.findFirstOrThrow({ where: { submissionId: first } });
    const actions: Array<[Record<string, string>, string]> = [
      [{ intent: "coding", [`answer.${answer.id}`]: "1", [`theme.${answer.id}.prevention`]: "on" }, "submission.coded"],
      [{ intent: "flag-safety" }, "submission.safety-flagged"],
      [{ intent: "hold" }, "submission.held"],
      [{ intent: "reject", reason: "other", note: noteCanary }, "submission.rejected"],
      [{ intent: "approve", confirm: "yes" }, "submission.approved"],
    ];
    for (const [form, action] of actions) {
      const current = await db().submission.findUniqueOrThrow({ where: { id: first }, select: { version: true } });
      const countBefore = (await eventsBy(facilitatorId)).length;
      const result = await send(server, itemPath(first!), { cookie, form: { ...form, version: String(current.version) } });
      expect(result.status, action).toBe(303);
      const added = (await eventsBy(facilitatorId)).slice(countBefore);
      expect(added, action).toEqual([{ action, subjectId: first }]);
    }
    // Approving stored the redacted text drafters read.
    expect((await db().answer.findUniqueOrThrow({ where: { id: answer.id } })).redactedCipher).not.toBeNull();

    // The safety flag shows the region's services and the organisation's note, to its facilitators.
    const flagged = await send(server, itemPath(first!), { cookie });
    expect(flagged.body).toContain("Regional support line");
    expect(flagged.body).toContain("Call the duty coordinator within the hour.");
    expect(flagged.body).toContain(html("workspace:safety.unflag"));
    // The history names the decision, the reason and (decrypted, for facilitators) the note.
    expect(flagged.body).toContain(html("workspace:moderation.reasons.other"));
    expect(flagged.body).toContain(noteCanary);

    // Nowhere outside the encrypted columns: not the audit table, not a dump, not the logs.
    const auditRows = JSON.stringify(await db().auditEvent.findMany());
    const { dump } = await dumpDatabase();
    for (const secret of [...canaries, noteCanary, "amber kestrel"]) {
      expect(auditRows).not.toContain(secret);
      expect(dump).not.toContain(secret);
      expect(server.output()).not.toContain(secret);
    }
  });

  it("asks before approving an item with redaction suggestions nobody reviewed, and records nothing until confirmed", async () => {
    const cookie = secure(world.cookies.facilitatorOfHost);
    const [id] = await seed([["Nobody reviewed this one yet: write to ana.perez@example.org."]]);
    const page = await send(server, itemPath(id!), { cookie });
    const countBefore = (await eventsBy(facilitatorId)).length;
    const asked = await send(server, itemPath(id!), { cookie, form: { intent: "approve", version: String(versionIn(page.body)) } });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain(html("workspace:moderation.approveAnyway"));
    // The page shown again is a read; nothing else was recorded and nothing changed.
    expect((await eventsBy(facilitatorId)).slice(countBefore).map((event) => event.action)).toEqual(["submission.read"]);
    expect((await db().submission.findUniqueOrThrow({ where: { id } })).status).toBe("received");
    const confirmed = await send(server, itemPath(id!), { cookie, form: { intent: "approve", version: String(versionIn(asked.body)), confirm: "yes" } });
    expect(confirmed.status).toBe(303);
    expect((await db().submission.findUniqueOrThrow({ where: { id } })).status).toBe("approved");
  });

  it("refuses a rejection without a reason, with a message, keeping the note typed", async () => {
    const cookie = secure(world.cookies.facilitatorOfHost);
    const [id] = await seed([["An answer to reject without a reason."]]);
    const page = await send(server, itemPath(id!), { cookie });
    const refused = await send(server, itemPath(id!), { cookie, form: { intent: "reject", version: String(versionIn(page.body)), note: "Kept note" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(html("workspace:moderation.errors.reasonRequired"));
    expect(refused.body).toContain("Kept note");
    expect((await db().submission.findUniqueOrThrow({ where: { id } })).status).toBe("received");
    expect(await db().moderationAction.count({ where: { submissionId: id } })).toBe(0);
  });
});

describe("another organisation's facilitator", () => {
  it("gets 404 on every item and every action, and changes nothing", async () => {
    const cookie = secure(world.cookies.facilitatorOfOther);
    const [id] = await seed([["Only the hosts may read this."]]);
    const before = await db().submission.findUniqueOrThrow({ where: { id }, include: { moderation: true, safetyFlags: true } });
    expect((await send(server, itemPath(id!), { cookie })).status).toBe(404);
    expect((await send(server, queuePath(), { cookie })).status).toBe(404);
    const answer = await db().answer.findFirstOrThrow({ where: { submissionId: id } });
    const forms: Array<Record<string, string>> = [
      { intent: "approve", version: "0", confirm: "yes" },
      { intent: "hold", version: "0" },
      { intent: "reject", version: "0", reason: "abusive" },
      { intent: "coding", version: "0", [`answer.${answer.id}`]: "1" },
      { intent: "flag-safety" },
      { intent: "unflag-safety" },
    ];
    for (const form of forms) {
      expect((await send(server, itemPath(id!), { cookie, form })).status, form.intent).toBe(404);
    }
    const queueForms: Array<Record<string, string>> = [
      { intent: "approve-selected", [`select.${id}`]: "0" },
      { intent: "tag-selected", theme: "recovery", [`select.${id}`]: "0" },
      { intent: "merge-duplicates" },
    ];
    for (const form of queueForms) {
      expect((await send(server, queuePath(), { cookie, form })).status, form.intent).toBe(404);
    }
    expect(await db().submission.findUniqueOrThrow({ where: { id }, include: { moderation: true, safetyFlags: true } })).toEqual(before);
    const otherId = (await db().staffUser.findUniqueOrThrow({ where: { username: "facilitator-other" } })).id;
    expect(await db().auditEvent.count({ where: { actorId: otherId } })).toBe(0);
  });
});

describe("a safety flag", () => {
  it("is seen only by the facilitators of the organisation that raised it, not by a co-host's", async () => {
    const cohost = await db().organisation.create({ data: { slug: "safety-cohost", name: "Co-host organisation", escalationNote: "Co-host's own note." } });
    await db().consultationHost.create({ data: { consultationId, organisationId: cohost.id, role: "cohost", invitation: "accepted" } });
    const cohostFacilitator = secure(await signedInStaff("cohost-facilitator", [{ organisationId: cohost.id, role: "facilitator" }]));
    const [id] = await seed([["Someone may be at risk here."]]);
    const cookie = secure(world.cookies.facilitatorOfHost);
    const flagged = await send(server, itemPath(id!), { cookie, form: { intent: "flag-safety" } });
    expect(flagged.status).toBe(303);
    expect(await db().safetyFlag.findMany({ where: { submissionId: id }, select: { organisationId: true } })).toEqual([
      { organisationId: world.hostOrganisationId },
    ]);
    const own = await send(server, itemPath(id!), { cookie });
    expect(own.body).toContain(html("workspace:safety.unflag"));
    expect(own.body).toContain("Call the duty coordinator within the hour.");
    expect(own.body).not.toContain("Co-host&#x27;s own note.");
    // The co-host's facilitator reaches the item, but not the host's flag, note or the flagged filter's result.
    const theirs = await send(server, itemPath(id!), { cookie: cohostFacilitator });
    expect(theirs.status).toBe(200);
    expect(theirs.body).toContain(html("workspace:safety.flag"));
    expect(theirs.body).not.toContain(html("workspace:safety.unflag"));
    expect(theirs.body).not.toContain("Call the duty coordinator within the hour.");
    const filtered = await send(server, `${queuePath()}?safety=flagged`, { cookie: cohostFacilitator });
    expect(filtered.body).not.toContain(html("workspace:queue.rowLink", { reference: id!.slice(0, 8) }));
    const hostFiltered = await send(server, `${queuePath()}?safety=flagged`, { cookie });
    expect(hostFiltered.body).toContain(html("workspace:queue.rowLink", { reference: id!.slice(0, 8) }));
  });
});

describe("two facilitators on one item", () => {
  it("shows who has it open, and gives the second save the conflict page, storing nothing and overwriting nothing", async () => {
    const [id] = await seed([["Two people open this one."]]);
    const answer = await db().answer.findFirstOrThrow({ where: { submissionId: id } });
    const firstPage = await send(server, itemPath(id!), { cookie: secure(world.cookies.facilitatorOfHost) });
    const secondPage = await send(server, itemPath(id!), { cookie: secure(secondFacilitator) });
    expect(secondPage.body).toContain(html("workspace:item.lockedBy", { name: "First Facilitator" }));
    expect(versionIn(secondPage.body)).toBe(versionIn(firstPage.body));

    // The first saves their coding.
    const saved = await send(server, itemPath(id!), {
      cookie: secure(world.cookies.facilitatorOfHost),
      form: { intent: "coding", version: String(versionIn(firstPage.body)), [`answer.${answer.id}`]: "1", [`theme.${answer.id}.participation`]: "on" },
    });
    expect(saved.status).toBe(303);
    const eventsBefore = await db().auditEvent.count({ where: { actorId: secondFacilitatorId, action: { not: "submission.read" } } });

    // The second, on the version they were shown, rejects with a note: refused as a conflict.
    const late = await send(server, itemPath(id!), {
      cookie: secure(secondFacilitator),
      form: { intent: "reject", version: String(versionIn(secondPage.body)), reason: "off_topic", note: "My own words about it" },
    });
    expect(late.status).toBe(409);
    expect(late.body).toContain(html("workspace:item.conflict.heading"));
    expect(late.body).toContain(html("workspace:item.conflict.theirs"));
    expect(late.body).toContain(html("workspace:item.conflict.yours"));
    // Both versions: theirs (the coding now saved) and yours as typed (the reason and the note).
    expect(late.body).toContain(html("common:themes.participation"));
    expect(late.body).toContain(html("workspace:item.conflict.note", { note: "My own words about it" }));
    expect(late.body).toContain(html("workspace:item.conflict.reason", { reason: text("workspace:moderation.reasons.offTopic") }));

    // Nothing stored, nothing overwritten.
    const after = await db().submission.findUniqueOrThrow({ where: { id }, include: { moderation: true } });
    expect(after.status).toBe("in_review");
    expect(after.moderation).toEqual([]);
    expect(await db().answerTheme.findMany({ where: { answerId: answer.id }, select: { theme: true } })).toEqual([{ theme: "participation" }]);
    expect(await db().auditEvent.count({ where: { actorId: secondFacilitatorId, action: { not: "submission.read" } } })).toBe(eventsBefore);

    // Saving again on the version now shown works.
    const retried = await send(server, itemPath(id!), {
      cookie: secure(secondFacilitator),
      form: { intent: "reject", version: String(versionIn(late.body)), reason: "off_topic" },
    });
    expect(retried.status).toBe(303);
    expect((await db().submission.findUniqueOrThrow({ where: { id } })).status).toBe("rejected");
  });
});

describe("what the participant sees", () => {
  it("shows in /me and at /receipt: received, then in review, included, not included", async () => {
    const cookie = secure(world.cookies.facilitatorOfHost);
    const me = () => send(server, "/me", { cookie: secure(world.cookies.participantA) }).then((page) => page.body);
    // An account-less contribution and its receipt code, as the participant flow issues it.
    const [accountless] = await seed([["Sent without an account."]]);
    const issued = await issueReceiptCode({ submissionId: accountless!, draftToken: randomDraftToken(), formKey: generateFormKey() });
    if (issued.kind !== "new") throw new Error("no receipt code issued");
    const receipt = () => send(server, "/receipt", { form: { intent: "open", receiptCode: issued.code } }).then((page) => page.body);
    const ids = [world.participantAContributionId, accountless!];
    expect(await me()).toContain(html("contributions.status.received"));
    expect(await receipt()).toContain(html("contributions.status.received"));
    const decide = async (form: Record<string, string>) => {
      for (const id of ids) {
        const page = await send(server, itemPath(id), { cookie });
        const result = await send(server, itemPath(id), { cookie, form: { ...form, version: String(versionIn(page.body)) } });
        expect(result.status).toBe(303);
      }
    };
    await decide({ intent: "hold" });
    expect(await me()).toContain(html("contributions.status.inReview"));
    expect(await receipt()).toContain(html("contributions.status.inReview"));
    await decide({ intent: "approve", confirm: "yes" });
    expect(await me()).toContain(html("contributions.status.approved"));
    expect(await receipt()).toContain(html("contributions.status.approved"));
    await decide({ intent: "reject", reason: "duplicate" });
    expect(await me()).toContain(html("contributions.status.notIncluded"));
    expect(await receipt()).toContain(html("contributions.status.notIncluded"));
  });
});

describe("bulk actions and duplicates", () => {
  it("approves the selected, skipping those with unreviewed redactions, one event each", async () => {
    const cookie = secure(world.cookies.facilitatorOfHost);
    const [reviewed, unreviewed, plain] = await seed([["Reviewed already: call +57 301 555 0147."], ["Not reviewed yet: call +57 301 555 0147."], ["Nothing to redact here."]]);
    await db().answer.updateMany({ where: { submissionId: reviewed }, data: { redactionReviewed: true } });
    const countBefore = await db().auditEvent.count({ where: { actorId: facilitatorId, action: { not: "submission.read" } } });
    const result = await send(server, queuePath(), {
      cookie,
      form: { intent: "approve-selected", [`select.${reviewed}`]: "0", [`select.${unreviewed}`]: "0", [`select.${plain}`]: "0" },
    });
    expect(result.status).toBe(303);
    expect((await db().submission.findUniqueOrThrow({ where: { id: reviewed } })).status).toBe("approved");
    // A phone number nobody looked at holds its contribution back; an answer with nothing to suggest does not.
    expect((await db().submission.findUniqueOrThrow({ where: { id: unreviewed } })).status).toBe("received");
    expect((await db().submission.findUniqueOrThrow({ where: { id: plain } })).status).toBe("approved");
    expect(await db().auditEvent.count({ where: { actorId: facilitatorId, action: { not: "submission.read" } } })).toBe(countBefore + 2);
  });

  it("merges exact duplicates of one person, keeping the oldest, destroying the copy's words", async () => {
    const cookie = secure(world.cookies.facilitatorOfHost);
    const participant = await db().participant.findFirstOrThrow({ where: { submissions: { some: { id: world.participantAContributionId } } } });
    const pair = await seed([["The same words twice."], ["The same words twice."]], { participantId: participant.id });
    const result = await send(server, queuePath(), { cookie, form: { intent: "merge-duplicates" } });
    expect(result.status).toBe(303);
    // Both came on the same day (only the day is stored): the first in the queue's order is kept.
    const rows = await db().submission.findMany({ where: { id: { in: pair } }, orderBy: [{ receivedOn: "asc" }, { id: "asc" }] });
    const [kept, copy] = rows.map((row) => row.id);
    const merged = await db().submission.findUniqueOrThrow({ where: { id: copy }, include: { answers: true, key: true } });
    expect(merged.duplicateOfId).toBe(kept);
    expect(merged.answers).toEqual([]);
    expect(merged.key).toBeNull();
    expect((await send(server, itemPath(copy!), { cookie })).status).toBe(404);
    expect((await send(server, itemPath(kept!), { cookie })).status).toBe(200);
    expect(await db().auditEvent.count({ where: { action: "submission.merged-duplicate", subjectId: copy } })).toBe(1);
    // The same person with other words is no duplicate: merging again finds nothing.
    const [different] = await seed([["Other words this time."]], { participantId: participant.id });
    expect((await send(server, queuePath(), { cookie, form: { intent: "merge-duplicates" } })).status).toBe(400);
    expect((await db().submission.findUniqueOrThrow({ where: { id: different } })).duplicateOfId).toBeNull();
  });
});

describe("the bulk-read flag", () => {
  it("is raised when one person reads 201 items within minutes; the reader is slowed down and the org admin sees it", async () => {
    // Someone who has read nothing yet today.
    const reader = secure(await signedInStaff("bulk-reader", [{ organisationId: world.hostOrganisationId, role: "facilitator" }]));
    await db().staffUser.update({ where: { username: "bulk-reader" }, data: { displayName: "Bulk Reader" } });
    const readerId = (await db().staffUser.findUniqueOrThrow({ where: { username: "bulk-reader" } })).id;
    const ids = await seed(Array.from({ length: 201 }, (_, index) => [`Bulk item ${index}.`]));
    for (const [index, id] of ids.entries()) {
      const page = await send(server, itemPath(id), { cookie: reader });
      expect(page.status, `item ${index}`).toBe(200);
    }
    const flags = await db().bulkReadFlag.findMany({ where: { staffUserId: readerId } });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.organisationId).toBe(world.hostOrganisationId);
    // Slowed down: no more text for now, with when to come back.
    const slowed = await send(server, itemPath(ids[0]!), { cookie: reader });
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await send(server, queuePath(), { cookie: reader })).status).toBe(429);
    expect(await db().bulkReadFlag.count({ where: { staffUserId: readerId } })).toBe(1);

    const admin = await send(server, `/admin/orgs/${world.hostOrganisationId}`, { cookie: secure(world.cookies.adminOfHost) });
    expect(admin.body).toContain(html("consultations:orgs.bulkReadHeading"));
    expect(admin.body).toContain(html("consultations:orgs.bulkReadFlag", { name: "Bulk Reader", count: flags[0]!.readsCounted, at: "" }).split(" (")[0]);
    // The audit log as CSV holds the reads and the flag, never text; exporting it is itself one event.
    const adminId = (await db().staffUser.findUniqueOrThrow({ where: { username: "admin-host" } })).id;
    const csv = await send(server, `/admin/orgs/${world.hostOrganisationId}/audit.csv`, { cookie: secure(world.cookies.adminOfHost) });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.body).toContain("submission.read");
    expect(csv.body).toContain("staff.bulk-read-flagged");
    expect(csv.body).not.toContain("Bulk item");
    expect(await db().auditEvent.count({ where: { actorId: adminId, action: "organisation.audit-exported" } })).toBe(1);
  }, 120_000);
});
