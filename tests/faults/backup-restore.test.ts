/**
 * `npm run admin -- backup` / `restore`, run as an operator runs them (a
 * separate process): every contribution given through the pages comes back
 * and is still decrypted by the app's own read path with the master key; one
 * withdrawn before the backup stays withdrawn (its key is not in the file);
 * one withdrawn AFTER the backup stays withdrawn when the backup replaces
 * the database that recorded the withdrawal (restore --replace re-applies
 * it), and restore refuses to overwrite contributions without --replace.
 *
 * The databases live on FAULTS_POSTGRES_URL's server (tests/faults/support/
 * machine-postgres.ts): pg_dump must be at least the server's version, and
 * the embedded server (18) is newer than this machine's pg_dump.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import { createDatabaseClient, getDb } from "~/modules/db/db.server";
import { withClient } from "~/modules/db/with-client.server";
import { installJobQueue } from "~/modules/jobs/job-queue.server";
import { receiptLookupFor } from "~/modules/submissions/contribution-secrets.server";
import { readAnswers } from "~/modules/submissions/contributions.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { applyMigrations, projectRoot } from "../../scripts/lib/migrations.ts";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug, giveConsent, postStep, receiptCodeIn, reviewForm, type DemoQuestion } from "../support/participation";
import { createMachineDatabase } from "./support/machine-postgres";

const run = promisify(execFile);
const globalStore = globalThis as unknown as { conveneDb?: PrismaClient };

// Before anything calls getDb(): the app in this file works on the machine server's database.
const sourceUrl = await createMachineDatabase("src");
await applyMigrations(sourceUrl);
await installJobQueue(sourceUrl);
process.env.DATABASE_URL = sourceUrl;

let server: TestServer;
let folder: string;
let freeText: DemoQuestion;

beforeAll(async () => {
  freeText = (await demoConsultation()).questions.find((question) => question.kind === "free_text")!;
  server = await startTestServer();
  folder = await mkdtemp(path.join(os.tmpdir(), "convene-faults-backup-"));
}, 120_000);
afterAll(async () => {
  await server?.close();
  await globalStore.conveneDb?.$disconnect();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** `npm run admin -- …` on the given database, as a separate process; never throws (the exit code is the result). */
async function admin(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/admin.ts", ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 180_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** One account-less contribution through the pages; sent, or saved for later (a draft). Returns its id and text. */
async function contribute(text: string, sent: boolean): Promise<{ id: string; text: string }> {
  const { cookie } = await giveConsent(server);
  const field = `q.${freeText.id}.text`;
  let code: string | null;
  if (sent) {
    await postStep(server, cookie, freeText.theme, "next", { [field]: text });
    const { form } = await reviewForm(server, cookie);
    const result = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
    expect(result.body).toContain("Your input was received");
    code = receiptCodeIn(result.body);
  } else {
    code = receiptCodeIn((await postStep(server, cookie, freeText.theme, "saveLater", { [field]: text })).body);
  }
  expect(code).toBeTruthy();
  const row = await getDb().submission.findUniqueOrThrow({ where: { receiptLookup: receiptLookupFor(code!) }, select: { id: true } });
  return { id: row.id, text };
}

/** Points the app's client at another database (the restored one). */
async function useDatabase(url: string) {
  await globalStore.conveneDb?.$disconnect();
  globalStore.conveneDb = createDatabaseClient(url);
}

/** What the app reads of one contribution: its status, whether its key exists, its free-text answer decrypted. */
async function readBack(id: string) {
  const row = await getDb().submission.findUnique({ where: { id }, select: { id: true, status: true, key: { select: { wrappedKey: true } } } });
  if (!row) return null;
  const answers = await readAnswers(row);
  return { status: row.status, hasKey: row.key !== null, text: answers.get(freeText.id)?.text ?? null, answers: answers.size };
}

const count = (url: string, sql: string): Promise<number> =>
  withClient(url, async (client) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n));

describe("admin backup and restore", () => {
  it("round-trips every contribution still decryptable, and nothing withdrawn comes back", { timeout: 600_000 }, async () => {
    const kept = [
      await contribute("Backup one: the court clerk asked our fathers, never us.", true),
      await contribute("Backup two: the shelter closed at six, the buses ran till nine.", true),
      await contribute("Backup three, a saved draft: nobody wrote down what the midwives said.", false),
    ];
    const withdrawnBefore = await contribute("Withdrawn before the backup: this must never be read again.", true);
    const withdrawnAfter = await contribute("Withdrawn after the backup: this must not come back on restore.", true);
    expect((await withdrawContribution(withdrawnBefore.id)).kind).toBe("withdrawn");

    const file = path.join(folder, "convene.dump");
    const backup = await admin(sourceUrl, "backup", file);
    expect(backup.output, backup.output).toContain(`Wrote ${file}`);
    expect(backup.code).toBe(0);
    expect((await withdrawContribution(withdrawnAfter.id)).kind).toBe("withdrawn");

    // Into an empty database (a new server): everything the backup holds, readable with the master key.
    const emptyUrl = await createMachineDatabase("dst");
    const fresh = await admin(emptyUrl, "restore", file);
    expect(fresh.code, fresh.output).toBe(0);
    await useDatabase(emptyUrl);
    for (const contribution of kept) {
      expect(await readBack(contribution.id)).toMatchObject({ hasKey: true, text: contribution.text });
    }
    expect(await readBack(withdrawnBefore.id)).toMatchObject({ status: "withdrawn", hasKey: false, answers: 0 });
    // A database that never recorded the later withdrawal cannot know of it: the backup's copy is whole (README).
    expect(await readBack(withdrawnAfter.id)).toMatchObject({ hasKey: true, text: withdrawnAfter.text });

    // Over the database that recorded the later withdrawal: refused without --replace, nothing changed.
    const submissionsBefore = await count(sourceUrl, `SELECT count(*) AS n FROM "Submission"`);
    const refused = await admin(sourceUrl, "restore", file);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("nothing was changed");
    expect(await count(sourceUrl, `SELECT count(*) AS n FROM "Submission" WHERE "status" = 'withdrawn'`)).toBe(2);
    expect(await count(sourceUrl, `SELECT count(*) AS n FROM "Submission"`)).toBe(submissionsBefore);

    // With --replace: the backup's data, and both withdrawals hold.
    const replaced = await admin(sourceUrl, "restore", file, "--replace");
    expect(replaced.code, replaced.output).toBe(0);
    expect(replaced.output).toContain("Withdrawn again since the backup: 1 contribution(s).");
    await useDatabase(sourceUrl);
    for (const contribution of kept) {
      expect(await readBack(contribution.id)).toMatchObject({ hasKey: true, text: contribution.text });
    }
    for (const withdrawn of [withdrawnBefore, withdrawnAfter]) {
      expect(await readBack(withdrawn.id)).toMatchObject({ status: "withdrawn", hasKey: false, answers: 0 });
    }
    expect(await count(sourceUrl, `SELECT count(*) AS n FROM pg_namespace WHERE nspname = 'convene_restore'`)).toBe(0);
  });
});
