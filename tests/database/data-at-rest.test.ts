/**
 * What a database dump still says about participants, once their input is
 * encrypted (participation-canary.test.ts covers the input itself): no
 * pseudonym in plain text, no withdrawn contribution linked to its author,
 * no participant time finer than the day, no audit sequence that orders
 * participants' events among staff's timed ones. Each check reads the
 * migrated database or a dump of it, after the real module functions ran.
 */
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { createParticipantAccount } from "~/modules/auth/create-participant-account.server";
import { pseudonymLookup, readOwnPseudonym } from "~/modules/auth/pseudonym.server";
import { recoverParticipantAccount } from "~/modules/auth/recover-participant-account.server";
import { sealLegacyPseudonyms } from "~/modules/auth/seal-legacy-pseudonyms.server";
import { createSession } from "~/modules/auth/session.server";
import { verifyParticipantCredentials } from "~/modules/auth/sign-in-participant.server";
import { noConsent } from "~/modules/consent/consent-choices";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";
import { changeContributionConsent, saveAnswers, startContribution } from "~/modules/submissions/contributions.server";
import { listOwnContributions } from "~/modules/submissions/list-own-contributions.server";
import { submitContribution } from "~/modules/submissions/submit-contribution.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { applyMigrations, migrationsDir } from "../../scripts/lib/migrations.ts";
import { dumpDatabase } from "../support/database-dump";
import { createScratchDatabase, queryDatabase } from "../support/scratch-database";

const pseudonym = "Canary Río Heron";
const passphrase = "a long canary passphrase for the dump";
const choices = { ...noConsent, useInSummaries: true, draftersMayQuote: true };

let participantId: string;
let withdrawnId: string;
let draftId: string;

/** One participant's whole life through the module functions: account, sign-in, input, edits, withdrawal, recovery. */
beforeAll(async () => {
  const db = getDb();
  await seedDemo(db);
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, draftVersionId: true, consentTexts: { where: { language: "en" }, select: { id: true } } },
  });
  const consentTextId = consultation.consentTexts[0]!.id;
  const question = await db.question.findFirstOrThrow({ where: { consultationId: consultation.id, kind: "free_text" } });
  const answer = (text: string) => [
    { questionId: question.id, principleId: null, text, stance: null, optionIds: [], quoteConsent: "drafters" as const },
  ];

  const created = await createParticipantAccount({ pseudonym, passphrase, language: "en", clientKey: "data-at-rest-test" });
  if (!created.ok) throw new Error(`account not created: ${created.error}`);
  participantId = created.participantId;
  await createSession({ participantId });
  await createSession({ participantId }, { sharedDevice: true });
  const owner = { kind: "participant" as const, participantId };

  const started = await startContribution({ consultation, owner, formKey: generateFormKey(), consentTextId, choices, language: "en" });
  if (started.kind !== "started") throw new Error("not started");
  withdrawnId = started.submissionId;
  await saveAnswers({ submissionId: withdrawnId, answers: answer("First words.") });
  expect((await submitContribution({ submissionId: withdrawnId, owner, formKey: generateFormKey(), choices })).kind).toBe("received");
  await saveAnswers({ submissionId: withdrawnId, answers: answer("Second words.") });
  expect((await submitContribution({ submissionId: withdrawnId, owner, formKey: generateFormKey(), choices })).kind).toBe("received");
  await changeContributionConsent(withdrawnId, { ...choices, draftersMayQuote: false });
  expect((await withdrawContribution(withdrawnId)).kind).toBe("withdrawn");

  // A new draft after the withdrawal: it stays the account's.
  const again = await startContribution({ consultation, owner, formKey: generateFormKey(), consentTextId, choices, language: "en" });
  if (again.kind !== "started") throw new Error("not started");
  draftId = again.submissionId;
  await saveAnswers({ submissionId: draftId, answers: answer("A draft.") });

  const recovered = await recoverParticipantAccount({ pseudonym, recoveryCode: created.recoveryCodes[0]!, newPassphrase: `${passphrase} again` });
  expect(recovered.ok).toBe(true);
  await createSession({ participantId });
}, 60_000);

describe("a participant's pseudonym at rest", () => {
  it("is stored only as a keyed hash and a sealed value: absent from the dump, yet signs in and shows on the owner's page", async () => {
    const { dump } = await dumpDatabase();
    const lowered = dump.toLowerCase();
    for (const form of [pseudonym, pseudonym.toLowerCase(), pseudonym.normalize("NFD"), "río heron", "canary r"]) {
      expect(lowered.includes(form.toLowerCase()), `the dump contains "${form}"`).toBe(false);
    }
    const row = await getDb().participant.findUniqueOrThrow({ where: { id: participantId } });
    expect(row.pseudonym).toBeNull();
    expect(row.pseudonymKey).toMatch(/^[0-9a-f]{64}$/);
    expect(row.pseudonymCipher).toMatch(/^s1:/);

    expect(await verifyParticipantCredentials("CANARY RÍO HERON", `${passphrase} again`)).toBe(participantId);
    expect(await readOwnPseudonym(participantId)).toBe(pseudonym);

    // Moved to another row, it does not open (bound to its participant): the page then shows none.
    const other = await createParticipantAccount({ pseudonym: "another heron", passphrase, language: "en", clientKey: "data-at-rest-test" });
    if (!other.ok) throw new Error("not created");
    await getDb().participant.update({ where: { id: other.participantId }, data: { pseudonymCipher: row.pseudonymCipher } });
    expect(await readOwnPseudonym(other.participantId)).toBeNull();
  });

  it("seals a pseudonym stored in plain text before this rule, after which it is gone from the dump and still signs in", async () => {
    const legacy = "Legacy Willow Owl";
    const created = await createParticipantAccount({ pseudonym: "placeholder owl", passphrase, language: "en", clientKey: "data-at-rest-test" });
    if (!created.ok) throw new Error("not created");
    // As the row stood before the migration: the pseudonym as typed and a plain lower-cased key.
    await getDb().$executeRaw`
      UPDATE "Participant" SET "pseudonym" = ${legacy}, "pseudonymKey" = ${legacy.toLowerCase()}, "pseudonymCipher" = NULL
      WHERE "id" = ${created.participantId}`;
    expect((await dumpDatabase()).dump).toContain(legacy);
    expect(await verifyParticipantCredentials(legacy, passphrase)).toBeNull();

    expect(await sealLegacyPseudonyms()).toBe(1);
    const { dump } = await dumpDatabase();
    expect(dump.toLowerCase()).not.toContain(legacy.toLowerCase());
    expect(await verifyParticipantCredentials("legacy willow owl", passphrase)).toBe(created.participantId);
    expect(await readOwnPseudonym(created.participantId)).toBe(legacy);
    expect((await getDb().participant.findUniqueOrThrow({ where: { id: created.participantId } })).pseudonymKey).toBe(pseudonymLookup(legacy));
    expect(await sealLegacyPseudonyms()).toBe(0);
  });
});

describe("a withdrawn contribution", () => {
  it("is no longer linked to the account, nor is its consent record; the account's other input still is", async () => {
    const tombstone = await getDb().submission.findUniqueOrThrow({ where: { id: withdrawnId }, include: { consentRecord: true } });
    expect(tombstone.status).toBe("withdrawn");
    expect(tombstone.participantId).toBeNull();
    expect(tombstone.consentRecord?.participantId).toBeNull();
    expect(await getDb().submission.count({ where: { status: "withdrawn", participantId: { not: null } } })).toBe(0);
    expect(await getDb().consentRecord.count({ where: { withdrawnOn: { not: null }, participantId: { not: null } } })).toBe(0);

    const listed = await listOwnContributions(participantId, "en");
    expect(listed.map((contribution) => contribution.id)).toEqual([draftId]);
    // The dump: the tombstone's row does not name the participant.
    const { dump } = await dumpDatabase();
    const tombstoneLines = dump.split("\n").filter((line) => line.includes(withdrawnId) || (tombstone.consentRecordId && line.includes(tombstone.consentRecordId)));
    expect(tombstoneLines.length).toBeGreaterThan(0);
    for (const line of tombstoneLines) expect(line).not.toContain(participantId);
  });
});

/**
 * Tables whose rows are about a participant: Participant itself and every
 * table that points at a participant, a submission, a consent record or an
 * answer — found in the database, so a new table is covered without
 * anyone remembering to list it.
 */
async function participantTables(): Promise<string[]> {
  const rows = await getDb().$queryRaw<Array<{ table_name: string }>>`
    SELECT DISTINCT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name IN ('participantId', 'submissionId', 'consentRecordId', 'answerId')`;
  return ["Participant", ...rows.map((row) => row.table_name)].sort();
}

/**
 * Time-of-day columns on those tables, each with the reason it needs more
 * than the day. Anything else must be a date (or hold midnight only).
 */
const timedColumns: Record<string, string> = {
  "Session.expiresAt": "idle timeouts (15 minutes on a shared device) need the time",
  "Session.createdAt": "staff sessions' 12-hour limit; participants' rows hold the day only (checked below)",
  "ModerationAction.createdAt": "a staff decision, timed like every staff action; says nothing of when the participant acted",
  "Redaction.createdAt": "a staff action, like ModerationAction",
  "ItemLock.expiresAt": "a facilitator's soft lock lasts minutes; it is about staff, not about when the participant acted",
  "SafetyFlag.createdAt": "a staff action, like ModerationAction",
};

describe("participant timestamps", () => {
  it("are days wherever no rule needs the time, and every timed column has its reason", async () => {
    const tables = await participantTables();
    expect(tables).toEqual(expect.arrayContaining(["ConsentChange", "ConsentRecord", "Participant", "RecoveryCode", "Session", "Submission"]));
    const columns = await getDb().$queryRaw<Array<{ table_name: string; column_name: string; data_type: string }>>`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND (data_type LIKE 'timestamp%' OR data_type = 'date')`;
    const relevant = columns.filter((column) => tables.includes(column.table_name));
    const timed = relevant.filter((column) => column.data_type.startsWith("timestamp")).map((column) => `${column.table_name}.${column.column_name}`);
    expect(timed.sort()).toEqual(Object.keys(timedColumns).sort());

    // Every value in every participant column, day or time: midnight UTC, except the reasoned ones.
    const offending: string[] = [];
    let checked = 0;
    for (const { table_name, column_name } of relevant) {
      const name = `${table_name}.${column_name}`;
      if (name === "Session.expiresAt" || name === "ModerationAction.createdAt" || name === "Redaction.createdAt") continue;
      // Names from information_schema, quoted; no value is interpolated.
      const column = Prisma.raw(`"${column_name}"`);
      const table = Prisma.raw(`"${table_name}"`);
      const participantsOnly = Prisma.raw(name === "Session.createdAt" ? `AND "staffUserId" IS NULL` : "");
      const values = await getDb().$queryRaw<Array<{ value: Date }>>`
        SELECT ${column}::timestamp AS value FROM ${table} WHERE ${column} IS NOT NULL ${participantsOnly}`;
      for (const { value } of values) {
        checked++;
        if (value.toISOString().slice(10) !== "T00:00:00.000Z") offending.push(`${name} = ${value.toISOString()}`);
      }
    }
    expect(offending).toEqual([]);
    // Not vacuous: sessions, the account's day, consent days and submissions' days were all read.
    expect(checked).toBeGreaterThan(10);
    expect(await getDb().session.count({ where: { participantId } })).toBe(1);

    // Participants' audit events keep the day too (record-audit-event.server.ts).
    const participantEvents = await getDb().auditEvent.findMany({ where: { actorKind: "participant" } });
    expect(participantEvents.length).toBeGreaterThan(4);
    for (const event of participantEvents) expect(event.at.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });
});

describe("audit event ids", () => {
  it("are random, so they do not order participants' day-only events among staff's timed ones", async () => {
    const recorded: string[] = [];
    for (let index = 0; index < 12; index++) {
      await recordAuditEvent(getDb(), { actorKind: index % 2 ? "participant" : "staff", action: `test.order-${index}`, subjectType: "test" });
      recorded.push((await getDb().auditEvent.findFirstOrThrow({ where: { action: `test.order-${index}` } })).id);
    }
    for (const id of recorded) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // Twelve ids in the order they were recorded are not sorted (1 in 479 million by chance).
    expect([...recorded].sort()).not.toEqual(recorded);
    const [column] = await getDb().$queryRaw<Array<{ data_type: string; column_default: string | null }>>`
      SELECT data_type, column_default FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'AuditEvent' AND column_name = 'id'`;
    // A random default (for writers outside Prisma), never a sequence's nextval.
    expect(column).toEqual({ data_type: "text", column_default: "(gen_random_uuid())::text" });
    const sequences = await getDb().$queryRaw<Array<{ name: string }>>`
      SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = 'public'`;
    expect(sequences).toEqual([]);
  });
});

describe("the migration to sealed pseudonyms and random audit ids", () => {
  let before: string | undefined;
  afterAll(async () => {
    if (before) await rm(before, { recursive: true, force: true });
  });

  it("keeps every audit event (still append-only), unlinks withdrawn input, and keeps the legacy pseudonym for sealing", async () => {
    // The migrations as they stood before this one.
    const folders = (await readdir(migrationsDir)).filter((name) => /^\d{14}_/.test(name)).sort();
    const mine = folders.findIndex((name) => name.endsWith("_pseudonym_sealed_audit_uuid"));
    expect(mine).toBeGreaterThan(0);
    before = await mkdtemp(path.join(tmpdir(), "convene-migrations-before-"));
    await cp(path.join(migrationsDir, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    for (const name of folders.slice(0, mine)) await cp(path.join(migrationsDir, name), path.join(before, name), { recursive: true });
    const url = await createScratchDatabase({ migrated: false });
    await applyMigrations(url, before);

    // Rows as the old schema held them.
    await queryDatabase(url, `
      INSERT INTO "Participant" ("id", "pseudonym", "pseudonymKey", "passphraseHash") VALUES ('p1', 'Old Heron', 'old heron', 'x');
      INSERT INTO "StaffUser" ("id", "username", "passphraseHash") VALUES ('s1', 'staff', 'x');
      INSERT INTO "Session" ("id", "participantId", "createdAt", "expiresAt") VALUES ('sp', 'p1', '2026-11-20 14:03:07.123', '2026-12-04 14:03:07.123');
      INSERT INTO "Session" ("id", "staffUserId", "createdAt", "expiresAt") VALUES ('ss', 's1', '2026-11-20 15:04:05.678', '2026-11-20 15:34:05.678');
      INSERT INTO "Consultation" ("id", "slug", "languages", "opensAt", "closesAt") VALUES ('c1', 'c1', '{en}', now(), now());
      INSERT INTO "ConsentText" ("id", "consultationId", "version", "language", "body") VALUES ('t1', 'c1', 1, 'en', 'b');
      INSERT INTO "ConsentRecord" ("id", "consultationId", "participantId", "consentTextId", "useInSummaries", "draftersMayQuote", "publicQuotes", "inboxContact", "givenOn", "withdrawnOn")
        VALUES ('r1', 'c1', 'p1', 't1', true, false, false, false, '2026-11-20', '2026-11-21'),
               ('r2', 'c1', 'p1', 't1', true, false, false, false, '2026-11-22', NULL);
      INSERT INTO "Submission" ("id", "consultationId", "participantId", "consentRecordId", "language", "status", "idempotencyKey", "withdrawnOn")
        VALUES ('w1', 'c1', 'p1', 'r1', 'en', 'withdrawn', 'k1', '2026-11-21'),
               ('d1', 'c1', 'p1', 'r2', 'en', 'draft', 'k2', NULL);
      INSERT INTO "SubmissionKey" ("submissionId", "wrappedKey") VALUES ('d1', 'wrapped');
      INSERT INTO "AuditEvent" ("actorKind", "action", "subjectType", "at", "details")
        VALUES ('staff', 'a.first', 'x', '2026-11-20 10:00:00.001', '{"n":1}'),
               ('participant', 'a.second', 'x', '2026-11-20 00:00:00', '{}'),
               ('staff', 'a.third', 'x', '2026-11-20 10:00:00.002', '{}');`);
    const eventsBefore = await queryDatabase<{ id: string; action: string }>(url, `SELECT "id"::text AS id, "action" FROM "AuditEvent"`);
    expect(eventsBefore.map((event) => event.id)).toEqual(["1", "2", "3"]);

    expect(await applyMigrations(url)).toEqual(folders.slice(mine));

    // Times as text: pg would read a timestamp without time zone in the machine's zone.
    const events = await queryDatabase<{ id: string; action: string; at: string; details: unknown }>(
      url,
      `SELECT "id", "action", "at"::text AS "at", "details" FROM "AuditEvent" ORDER BY "action"`,
    );
    expect(events.map((event) => [event.action, event.at, event.details])).toEqual([
      ["a.first", "2026-11-20 10:00:00.001", { n: 1 }],
      ["a.second", "2026-11-20 00:00:00", {}],
      ["a.third", "2026-11-20 10:00:00.002", {}],
    ]);
    for (const event of events) expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(queryDatabase(url, `UPDATE "AuditEvent" SET "action" = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(queryDatabase(url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await queryDatabase(url, `INSERT INTO "AuditEvent" ("id", "actorKind", "action", "subjectType") VALUES ('after', 'staff', 'a.fourth', 'x')`);

    const submissions = await queryDatabase<{ id: string; participantId: string | null }>(url, `SELECT "id", "participantId" FROM "Submission" ORDER BY "id"`);
    expect(submissions).toEqual([{ id: "d1", participantId: "p1" }, { id: "w1", participantId: null }]);
    const records = await queryDatabase<{ id: string; participantId: string | null }>(url, `SELECT "id", "participantId" FROM "ConsentRecord" ORDER BY "id"`);
    expect(records).toEqual([{ id: "r1", participantId: null }, { id: "r2", participantId: "p1" }]);

    const sessions = await queryDatabase<{ id: string; createdAt: string; expiresAt: string }>(
      url,
      `SELECT "id", "createdAt"::text AS "createdAt", "expiresAt"::text AS "expiresAt" FROM "Session" ORDER BY "id"`,
    );
    expect(sessions.map((session) => [session.id, session.createdAt, session.expiresAt])).toEqual([
      ["sp", "2026-11-20 00:00:00", "2026-12-04 14:03:07.123"],
      ["ss", "2026-11-20 15:04:05.678", "2026-11-20 15:34:05.678"],
    ]);

    // The pseudonym is still there for sealLegacyPseudonyms (which needs the master key, so runs at start).
    expect(await queryDatabase(url, `SELECT "pseudonym", "pseudonymCipher" FROM "Participant"`)).toEqual([{ pseudonym: "Old Heron", pseudonymCipher: null }]);
  }, 60_000);
});
