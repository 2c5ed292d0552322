/**
 * The summaries-refresh job with the real pg-boss worker (acceptance 1, the
 * job part): pg-boss's schema installed by the owner as boot does, the queue
 * run as the app's least-privilege role, and the drafters' counts following
 * an approval, a withdrawal and a narrowed consent once the job has run —
 * the test waits for SummaryCell, it does not sleep.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ensureAppRole, grantAppPrivileges, withCredentials } from "../../scripts/lib/app-role.ts";
import { getDb } from "~/modules/db/db.server";
import { installJobQueue, jobSchema, startJobQueue, stopJobQueue } from "~/modules/jobs/job-queue.server";
import { changeOrWithdraw } from "~/modules/submissions/change-or-withdraw.server";
import { startSummaryWorker } from "~/modules/summaries/rollups/summary-jobs.server";
import { getSummaryStatus } from "~/modules/summaries/rollups/summary-status.server";
import { addContribution, approvedBy, seedRollupWorld, storedCount, type RollupWorld } from "./rollup-world";

const ownerUrl = process.env.DATABASE_URL!;
const role = `${inject("testDatabaseServer").runPrefix}_jobs`;
const appUrl = withCredentials(ownerUrl, role, randomBytes(16).toString("hex"));
let world: RollupWorld;
const errors: Error[] = [];

beforeAll(async () => {
  world = await seedRollupWorld();
  await installJobQueue(ownerUrl);
  // Twice, as every boot does on an installed database.
  await installJobQueue(ownerUrl);
  await ensureAppRole(ownerUrl, role, new URL(appUrl).password);
  await grantAppPrivileges(ownerUrl, role);
  const boss = await startJobQueue(appUrl, (error) => errors.push(error));
  await startSummaryWorker(boss, { pollingIntervalSeconds: 1 });
}, 60_000);

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DROP OWNED BY "${role}"`);
    await client.query(`DROP ROLE "${role}"`);
  } finally {
    await client.end();
  }
});

async function approve(submissionId: string) {
  expect(await approvedBy(world, submissionId)).toBe("done");
}

/** Polls until `read` gives `expected`, or fails after `timeoutMs` with the last value. */
async function waitFor<T>(read: () => Promise<T>, expected: T, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}


const total = () => storedCount({ consultationId: world.consultationId });

describe("the summaries-refresh job", () => {
  it("keeps the counts current after approval, withdrawal and a narrowed consent", async () => {
    const ids = [await addContribution(world), await addContribution(world), await addContribution(world)];
    for (const id of ids) await approve(id);
    await waitFor(total, 3);

    const withdrawn = await changeOrWithdraw({ submissionId: ids[0]!, hasAccount: false, request: { intent: "confirmWithdraw" } });
    expect(withdrawn.kind).toBe("withdrawn");
    await waitFor(total, 2);

    await changeOrWithdraw({
      submissionId: ids[1]!,
      hasAccount: false,
      request: { intent: "consent", choices: { useInSummaries: false, draftersMayQuote: false, publicQuotes: false, inboxContact: false }, answerQuoteConsent: new Map() },
    });
    await waitFor(total, 1);
    await waitFor(() => getDb().summaryDirty.count(), 0);
    expect(errors).toEqual([]);
    // What summaries-status shows an admin: nothing waiting, and the refresh jobs that ran.
    const status = await getSummaryStatus();
    expect(status.waiting).toBe(0);
    expect(status.jobs?.some((job) => job.state === "completed")).toBe(true);
  });

  it("carries no data in its jobs, and the app role cannot change the queue's schema", async () => {
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ data: unknown }>(`SELECT data FROM ${jobSchema}.job WHERE name = 'summaries-refresh'`);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.data ?? {}).toEqual({});
    } finally {
      await client.end();
    }
    const app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    try {
      const refused = await app.query(`CREATE TABLE ${jobSchema}.sneaky (id int)`).then(
        () => "ok",
        (error: { code?: string }) => error.code,
      );
      expect(refused).toBe("42501");
    } finally {
      await app.end();
    }
  });
});
