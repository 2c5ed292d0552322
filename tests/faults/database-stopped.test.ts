/**
 * PostgreSQL stopped (`pg_ctl stop -m immediate`, a crash as far as the
 * server is concerned) in the middle of "Submit my input" and of answer
 * saves, then started again. Every answer the app gave is one of:
 * - the receipt — and after the restart that contribution is stored, sent,
 *   under that receipt code; or the next theme (303) — and the answer is
 *   stored. (The receipt page can come with status 503: the send committed,
 *   then the page's loader met the database gone and rendered without it.)
 * - the "try again" page (503) with the typed text still in the form and
 *   the same idempotency key.
 * Never a 500, never a dropped connection. After the restart, resending each
 * 503's form (what "Try again" does) saves it, and every participant has
 * exactly one contribution, sent exactly once, under one receipt code.
 *
 * The PostgreSQL server is this file's own embedded one (its own data folder
 * and port, FAULTS_DATABASE_PORT, default 54460), so the shared test server
 * is never stopped. Stops land at varied points among the requests; which
 * answer each request gets varies from run to run, the rules do not.
 */
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import { getDb } from "~/modules/db/db.server";
import { installJobQueue } from "~/modules/jobs/job-queue.server";
import { draftTokenHash, receiptLookupFor } from "~/modules/submissions/contribution-secrets.server";
import { readAnswers } from "~/modules/submissions/contributions.server";
import { startEmbeddedDatabase, type RunningDatabase } from "../../scripts/lib/embedded-database.ts";
import { applyMigrations, projectRoot } from "../../scripts/lib/migrations.ts";
import { isClusterRunning, pgCtl, startCluster } from "../../scripts/lib/pg-ctl.ts";
import { send, type TestServer } from "../support/http-app";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { demoConsultation, demoSlug, giveConsent, hiddenValue, postStep, receiptCodeIn, reviewForm, type DemoQuestion } from "../support/participation";

const port = Number(process.env.FAULTS_DATABASE_PORT ?? 54460);
const dataDir = path.join(projectRoot, ".data", `faults-${randomBytes(4).toString("hex")}`);
const clusterDir = path.join(dataDir, "postgres");
const globalStore = globalThis as unknown as { conveneDb?: PrismaClient };

// Before anything calls getDb(): this file's app works on its own PostgreSQL server.
const database: RunningDatabase = await startEmbeddedDatabase({ dataDir, port, databaseName: "convene_faults" });
await applyMigrations(database.url);
await installJobQueue(database.url);
process.env.DATABASE_URL = database.url;

let server: ProductionServer | undefined;
let freeText: DemoQuestion;
let nextTheme: DemoQuestion;

beforeAll(async () => {
  const freeTexts = (await demoConsultation()).questions.filter((question) => question.kind === "free_text");
  freeText = freeTexts[0]!;
  nextTheme = freeTexts.find((question) => question.theme !== freeText.theme)!;
  server = await startProductionServer({ DATABASE_URL: database.url });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await globalStore.conveneDb?.$disconnect();
  if (isClusterRunning(clusterDir)) await pgCtl(["stop", "-D", clusterDir, "-m", "fast", "-w"]);
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}, 120_000);

const stopDatabase = () => pgCtl(["stop", "-D", clusterDir, "-m", "immediate", "-w"]);
async function startDatabase() {
  if (!isClusterRunning(clusterDir)) await startCluster(clusterDir, port);
}

type Kind = "submit" | "next";
type Planned = { kind: Kind; cookie: string; path: string; form: Record<string, string>; typed: string };
type Outcome = { status: number; body: string } | { error: string };
const notSaved = "We could not save this just now. Your text is still here";

let counter = 0;
/** A participant with consent given and one answer saved; the request to send during the stop in hand. */
async function prepare(app: TestServer, kind: Kind): Promise<Planned> {
  const index = counter++;
  const { cookie } = await giveConsent(app);
  const saved = `Saved before the stop ${index}: the registrar sent us away twice.`;
  expect((await postStep(app, cookie, freeText.theme, "next", { [`q.${freeText.id}.text`]: saved })).status).toBe(303);
  if (kind === "submit") {
    const { form } = await reviewForm(app, cookie);
    return { kind, cookie, path: `/c/${demoSlug}/respond?step=review`, form, typed: saved };
  }
  const typed = `Typed during the stop ${index}: the council of women met at night.`;
  const page = await send(app, `/c/${demoSlug}/respond?step=${nextTheme.theme}`, { cookie });
  return {
    kind,
    cookie,
    typed,
    path: `/c/${demoSlug}/respond?step=${nextTheme.theme}`,
    form: { idempotencyKey: hiddenValue(page.body, "idempotencyKey"), intent: "next", [`q.${nextTheme.id}.text`]: typed },
  };
}

async function fire(app: TestServer, planned: Planned): Promise<Outcome> {
  try {
    const result = await send(app, planned.path, { cookie: planned.cookie, form: planned.form });
    return { status: result.status, body: result.body };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Saved, as the person sees it: the receipt code on the page after "Submit my input", the next theme (303) after an answer. */
const done = (planned: Planned, outcome: Outcome) =>
  "status" in outcome && (planned.kind === "submit" ? receiptCodeIn(outcome.body) !== null : outcome.status === 303);

/** The 503 "try again" page: the message, the typed text, the same key. */
function expectTryAgain(planned: Planned, body: string) {
  expect(body).toContain(notSaved);
  expect(body).toContain(`value="${planned.form.idempotencyKey}"`);
  if (planned.kind === "next") expect(body).toContain(planned.typed);
}

async function contributionsOf(cookie: string) {
  return getDb().submission.findMany({
    where: { draftTokenHash: draftTokenHash(cookie.split("=")[1]!) },
    select: { id: true, status: true, receiptLookup: true, key: { select: { wrappedKey: true } } },
  });
}
const textsOf = async (row: { id: string; key: { wrappedKey: string } | null }) =>
  [...(await readAnswers(row)).values()].map((answer) => answer.text);

describe("PostgreSQL stopped in the middle of a submission", () => {
  it("answers with the receipt or with 'try again' and the text; the retry saves exactly once", { timeout: 900_000 }, async () => {
    const app = server!;
    const tally = { receipt: 0, receiptWith503: 0, tryAgain: 0 };
    // When PostgreSQL is stopped: with the first requests (none answered yet), then after the first, second
    // and third answer came back, so the rest are in flight — some inside their transaction. Counted in
    // answers rather than milliseconds, so a loaded machine shifts nothing.
    for (const stopAfter of [0, 1, 2, 3]) {
      const planned: Planned[] = [];
      for (const kind of ["submit", "submit", "next", "submit", "submit", "next"] as const) planned.push(await prepare(app, kind));
      // One more sent once the server is surely down: at least one 'try again' every round.
      const late = await prepare(app, "submit");

      let answered = 0;
      let stopped: Promise<void> | undefined;
      const stopOnce = () => (stopped ??= stopDatabase());
      if (stopAfter === 0) stopOnce();
      const outcomes = planned.map(async (one, index) => {
        await delay(index * 6);
        const outcome = await fire(app, one);
        if (++answered === stopAfter) stopOnce();
        return outcome;
      });
      // Every request answered before the stop happened: still stop, for the late one.
      await Promise.all(outcomes);
      await stopOnce();
      const all = [...(await Promise.all(outcomes)), await fire(app, late)];
      planned.push(late);
      await startDatabase();

      for (const [index, one] of planned.entries()) {
        const outcome = all[index]!;
        expect("error" in outcome ? outcome.error : "answered").toBe("answered");
        if ("error" in outcome) continue;
        if (done(one, outcome)) {
          tally.receipt++;
          // Sent and committed, then the page's loader met the database gone: the receipt, with status 503 (noted in README).
          if (outcome.status === 503) tally.receiptWith503++;
          continue;
        }
        expect(outcome.status).toBe(503);
        tally.tryAgain++;
        // "Try again" resends the same form; the first tries may still meet the database starting up.
        let retried: Outcome = outcome;
        for (let attempt = 0; attempt < 30 && !done(one, retried); attempt++) {
          expect("status" in retried ? retried.status : retried.error).toBe(503);
          expectTryAgain(one, (retried as { body: string }).body);
          await delay(1_000);
          retried = await fire(app, one);
        }
        expect(done(one, retried), "the retry saves").toBe(true);
        all[index] = retried;
      }

      // After the restart: what each answer claimed is what is stored.
      const codes = new Map<string, string>();
      for (const [index, one] of planned.entries()) {
        const outcome = all[index] as { status: number; body: string };
        const rows = await contributionsOf(one.cookie);
        expect(rows).toHaveLength(1);
        const row = rows[0]!;
        expect(await textsOf(row)).toContain(one.typed);
        if (one.kind === "submit") {
          const code = receiptCodeIn(outcome.body);
          expect(code, "the receipt page shows a code").toBeTruthy();
          codes.set(one.cookie, code!);
          const stored = await getDb().submission.findUnique({ where: { receiptLookup: receiptLookupFor(code!) }, select: { id: true, status: true } });
          expect(stored).toEqual({ id: row.id, status: "received" });
        }
      }
      // Every send resent once more (a second "Try again", a reload): the same receipt, still one contribution sent once.
      for (const one of planned.filter((candidate) => candidate.kind === "submit")) {
        const again = await fire(app, one);
        expect("status" in again ? again.status : again.error).toBe(200);
        expect(receiptCodeIn((again as { body: string }).body)).toBe(codes.get(one.cookie));
        const rows = await contributionsOf(one.cookie);
        expect(rows.map((row) => row.status)).toEqual(["received"]);
        expect(await getDb().submitKey.count({ where: { submissionId: rows[0]!.id } })).toBe(1);
      }
    }
    expect(tally.tryAgain).toBeGreaterThan(0);
    console.info(
      `database-stopped: ${tally.receipt} saved (${tally.receiptWith503} receipt page(s) with status 503) and ${tally.tryAgain} 'try again' answer(s) during the stops`,
    );
  });
});
