/**
 * `npm run load`: Convene under a crowd, on this machine.
 *
 * - builds the production bundle if stale; starts its own embedded
 *   PostgreSQL (folder .data/load, emptied at every run; port 54440 or
 *   LOAD_DATABASE_PORT), migrates it and seeds the demo plus 200 invented
 *   contributions (so the queue and the drafters' pages have work at once);
 * - starts two app processes (scripts/start.ts, ports 3440 and 3441 or
 *   LOAD_PORTS) on that one database, with TRUST_PROXY=loopback;
 * - warms each app up (every flow twice, unmeasured), then keeps 200
 *   participants (LOAD_PARTICIPANTS; a quarter with accounts) going through
 *   consent, answers and "Submit my input" — each one who finishes is
 *   replaced by a new one — while 5 facilitators moderate and 5 drafters
 *   read summaries and export. Arrivals are spread over a ramp of 120 s
 *   (LOAD_RAMP_SECONDS); the figures are those of the 60 s after it
 *   (LOAD_SECONDS). People pause 5–15 s between pages (LOAD_THINK_MS);
 * - then checks, from the database, that every receipt shown maps to exactly
 *   one stored, sent submission, that no request got a 5xx (or no answer),
 *   that no participant was rate-limited, and that participants' p95 per
 *   request is under 300 ms; prints the figures and `load: passed`, or what
 *   failed and exits 1.
 *
 * Each simulated device sends its own X-Forwarded-For address: the run
 * simulates devices behind a reverse proxy (scripts/load/device.ts). The
 * app's rate limits stay on, as in production.
 */
import { rm } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { bootDatabase, orExit } from "./lib/boot.ts";
import { buildIfStale, isBuildStale } from "./lib/build.ts";
import { projectRoot } from "./lib/migrations.ts";
import { startApp, type AppProcess } from "./load/apps.ts";
import { Device, sleep, TimeUp, UnexpectedPage, type RunClock } from "./load/device.ts";
import { accountFlow, accountLessFlow, slug, type Shown } from "./load/participants.ts";
import { countBy, groupBy, Recorder, spreadLine, spreadOf, type Role } from "./load/stats.ts";

const numberSetting = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const seconds = numberSetting("LOAD_SECONDS", 60);
/**
 * Before the measured window, participants arrive spread over this many seconds and nothing is
 * counted in the figures (receipts are all checked): the window then sees 200 people at every
 * point of their flow, as a running consultation does, not 200 arriving at the same moment.
 */
const rampSeconds = Number(process.env.LOAD_RAMP_SECONDS ?? 120);
const participantCount = numberSetting("LOAD_PARTICIPANTS", 200);
const facilitatorCount = 5;
const drafterCount = 5;
const accountShare = 0.25;
const sampleInput = 200;
const participantP95TargetMs = 300;
/** A person's pause between two pages (reading, typing), uniformly in this range; theme pages take twice as long. */
const [thinkMin, thinkMax] = (process.env.LOAD_THINK_MS ?? "5000-15000").split("-").map(Number) as [number, number];
const ports = (process.env.LOAD_PORTS ?? "3440,3441").split(",").map(Number);
const databasePort = numberSetting("LOAD_DATABASE_PORT", 54440);
const dataDir = path.join(projectRoot, ".data", "load");

process.env.NODE_ENV = "production";
// Always its own database: never a DATABASE_URL someone has set for real data.
delete process.env.DATABASE_URL;
delete process.env.CONVENE_OWNER_DATABASE_URL;
delete process.env.DATABASE_REPLICA_URL;
process.env.CONVENE_DATA_DIR = dataDir;
process.env.EMBEDDED_POSTGRES_PORT = String(databasePort);
process.env.LOG_LEVEL ??= "warn";

if (isBuildStale()) {
  console.log("load: building Convene (the bundle is missing or older than the sources)…");
  buildIfStale();
}
// A fresh database each run: the figures do not depend on what earlier runs left.
await rm(dataDir, { recursive: true, force: true });
const database = await orExit(bootDatabase());
(await import("./lib/embedded-postgres.ts")).leaveSignalsToThisProcess();

const apps: AppProcess[] = [];
async function shutDown() {
  await Promise.all(apps.map((app) => app.stop()));
  await database.stop();
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\nload: ${signal}, stopping the apps and the database…`);
    void shutDown().finally(() => process.exit(1));
  });
}

try {
  const { getDb } = await import("../app/modules/db/db.server.ts");
  const { seedDemoOnce } = await import("./lib/demo.ts");
  await seedDemoOnce();
  const consultation = await getDb().consultation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const { seedSampleContributions } = await import("../app/modules/demo/seed-sample-contributions.server.ts");
  const { sampleContributions } = await import("../app/modules/demo/sample-input.ts");
  await seedSampleContributions(getDb(), consultation.id, sampleContributions(sampleInput, "sample"));
  const { staffSessions, moderateOnce, draftOnce } = await import("./load/staff.ts");
  const facilitatorTokens = await staffSessions("facilitator", facilitatorCount);
  const drafterTokens = await staffSessions("drafter", drafterCount);
  const { checkShownAgainstDatabase, sentCount } = await import("./load/invariants.ts");

  const appEnvironment = { ...process.env, TRUST_PROXY: "loopback", CONVENE_DEMO: "" };
  apps.push(...(await Promise.all(ports.map((port) => startApp(port, dataDir, appEnvironment)))));
  // A server that has just started compiles and loads on its first requests (seconds on a busy
  // machine); a deployment's servers are warm. So each app first serves every page of every flow
  // twice, unmeasured; the run's figures and checks start after that.
  console.log("load: warming up each app (every flow twice, not measured)…");
  const warmUp = new Recorder();
  const warmClock: RunClock = { deadline: Date.now() + 10 * 60_000, thinkMs: () => 0 };
  for (const app of apps) {
    for (let round = 0; round < 2; round += 1) {
      const discard: Shown = { receiptCodes: [], accountPseudonyms: [] };
      await accountLessFlow(new Device(app.baseUrl, "participant", "warm-up", warmUp, warmClock), discard);
      await accountFlow(new Device(app.baseUrl, "participant", "warm-up", warmUp, warmClock), discard);
      await moderateOnce(new Device(app.baseUrl, "facilitator", "warm-up", warmUp, warmClock, { "__Host-session": facilitatorTokens[0]! }));
      const drafter = new Device(app.baseUrl, "drafter", "warm-up", warmUp, warmClock, { "__Host-session": drafterTokens[0]! });
      for (let turn = 0; turn < 8; turn += 1) await draftOnce(drafter, turn);
    }
  }
  const warmFailures = warmUp.requests.filter((request) => request.status >= 500 || request.status === 0).length;
  if (warmFailures > 0) throw new Error(`${warmFailures} warm-up requests failed (5xx or no answer); see the app logs in ${dataDir}`);
  const sentBefore = await sentCount(database.ownerUrl, consultation.id);
  console.log(
    `load: ${apps.length} app processes (ports ${ports.join(", ")}) on one PostgreSQL (port ${databasePort}); ` +
      `${participantCount} participants (${accountShare * 100}% with accounts), ${facilitatorCount} facilitators, ${drafterCount} drafters; ` +
      `${rampSeconds} s of arrivals, then ${seconds} s measured; pauses ${thinkMin}–${thinkMax} ms between pages (theme pages twice that)`,
  );

  const loadBefore = loadavg()[0]!;
  const recorder = new Recorder();
  const shown: Shown = { receiptCodes: [], accountPseudonyms: [] };
  const startedAt = Date.now();
  const windowStart = startedAt + rampSeconds * 1000;
  const clock: RunClock = { deadline: windowStart + seconds * 1000, thinkMs: () => thinkMin + Math.random() * (thinkMax - thinkMin) };
  let deviceCount = 0;
  const nextApp = () => apps[deviceCount++ % apps.length]!.baseUrl;

  /** Runs one flow; a page it did not expect is counted by what it was, and the person leaves. */
  async function runFlow(role: Role, flow: string, device: Device, work: () => Promise<void>): Promise<boolean> {
    const started = Date.now();
    try {
      await work();
      recorder.flow({ role, flow, ms: Date.now() - started, requests: device.requests, endedAt: Date.now() });
      return true;
    } catch (error) {
      if (error instanceof TimeUp) return false;
      recorder.problem(`${flow}: ${error instanceof UnexpectedPage ? error.message : error instanceof Error ? error.message : String(error)}`);
      await sleep(clock.thinkMs());
      return true;
    }
  }

  const participant = async () => {
    await sleep(Math.random() * Math.max(rampSeconds * 1000, thinkMax * 2)); // arrivals spread over the ramp
    while (Date.now() < clock.deadline) {
      const withAccount = Math.random() < accountShare;
      const flow = withAccount ? "with account" : "account-less";
      const device = new Device(nextApp(), "participant", flow, recorder, clock);
      if (!(await runFlow("participant", flow, device, () => (withAccount ? accountFlow(device, shown) : accountLessFlow(device, shown))))) break;
    }
  };
  const staff = async (role: "facilitator" | "drafter", token: string) => {
    const device = new Device(nextApp(), role, role === "facilitator" ? "moderation" : "summaries and exports", recorder, clock, {
      "__Host-session": token,
    });
    await sleep(Math.random() * thinkMax);
    for (let turn = 0; Date.now() < clock.deadline; turn += 1) {
      const going = await runFlow(role, device.flow, device, async () => {
        await (role === "facilitator" ? moderateOnce(device) : draftOnce(device, turn));
        await device.think(2);
      });
      if (!going) break;
    }
  };
  await Promise.all([
    ...Array.from({ length: participantCount }, participant),
    ...facilitatorTokens.map((token) => staff("facilitator", token)),
    ...drafterTokens.map((token) => staff("drafter", token)),
  ]);
  const elapsedSeconds = (Date.now() - windowStart) / 1000;
  // The machine's load (1-minute average, all processes): the figures mean little without it.
  console.log(`\nmachine: ${cpus().length} cores; load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} at its end`);

  const checks = await checkShownAgainstDatabase(database.ownerUrl, consultation.id, shown, sentBefore);
  const failed = report(recorder, windowStart, shown, elapsedSeconds, checks);
  await shutDown();
  console.log(failed.length === 0 ? "load: passed" : `load: failed — ${failed.join("; ")}`);
  process.exit(failed.length === 0 ? 0 : 1);
} catch (error) {
  console.error(`load: stopped. ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await shutDown();
  process.exit(1);
}

/** Prints the figures; returns what failed. */
function report(
  recorder: Recorder,
  windowStart: number,
  shown: Shown,
  elapsedSeconds: number,
  databaseChecks: Array<{ ok: boolean; text: string }>,
): string[] {
  // The figures are of the measured window; the ramp's requests count only for the 5xx check.
  const requests = recorder.requests.filter((r) => r.startedAt >= windowStart);
  const flows = recorder.flows.filter((f) => f.endedAt >= windowStart);
  const line = (counts: Map<string, number>) => [...counts].map(([key, n]) => `${key}: ${n}`).join(", ");
  console.log(`\nmeasured window: requests started in the last ${elapsedSeconds.toFixed(1)} s (after ${rampSeconds} s of arrivals)`);
  console.log(`requests: ${requests.length} in ${elapsedSeconds.toFixed(1)} s (${(requests.length / elapsedSeconds).toFixed(1)}/s)`);
  console.log(`status, all: ${line(countBy(requests, (r) => (r.status === 0 ? "no answer" : String(r.status))))}`);
  for (const [role, rows] of groupBy(requests, (r) => r.role)) {
    console.log(`status, ${role}s: ${line(countBy(rows, (r) => (r.status === 0 ? "no answer" : String(r.status))))}`);
  }
  console.log("\nlatency per request, by role:");
  for (const [role, rows] of groupBy(requests, (r) => r.role)) console.log(spreadLine(role, spreadOf(rows.map((r) => r.ms))));
  console.log("latency per request, by flow:");
  for (const [flow, rows] of groupBy(requests, (r) => `${r.role}: ${r.flow}`)) console.log(spreadLine(flow, spreadOf(rows.map((r) => r.ms)), 40));
  console.log("latency per request, participants' steps:");
  for (const [step, rows] of groupBy(requests.filter((r) => r.role === "participant"), (r) => r.step)) {
    console.log(spreadLine(step, spreadOf(rows.map((r) => r.ms))));
  }
  console.log("staff steps:");
  for (const [step, rows] of groupBy(requests.filter((r) => r.role !== "participant"), (r) => `${r.role}: ${r.step}`)) {
    console.log(spreadLine(step, spreadOf(rows.map((r) => r.ms)), 40));
  }
  console.log("flows completed (wall time including the pauses):");
  for (const [flow, rows] of groupBy(flows, (f) => `${f.role}: ${f.flow}`)) console.log(spreadLine(flow, spreadOf(rows.map((f) => f.ms)), 40));
  const submissions = shown.receiptCodes.length + shown.accountPseudonyms.length;
  const sentInWindow = requests.filter((r) => r.step.startsWith("submit") && r.status === 200).length;
  console.log(
    `\nsubmissions: ${sentInWindow} in the measured window (${(sentInWindow / elapsedSeconds).toFixed(2)}/s); ` +
      `${submissions} in the whole run: ${shown.receiptCodes.length} receipt codes shown, ${shown.accountPseudonyms.length} accounts shown "received"`,
  );
  if (recorder.problems.size > 0) {
    console.log("unexpected pages:");
    for (const [problem, n] of recorder.problems) console.log(`  ${n} × ${problem}`);
  }

  const participantRequests = requests.filter((r) => r.role === "participant");
  const p95 = spreadOf(participantRequests.map((r) => r.ms)).p95;
  const serverErrors = recorder.requests.filter((r) => r.status >= 500).length;
  const unanswered = recorder.requests.filter((r) => r.status === 0).length;
  const participantLimited = recorder.requests.filter((r) => r.role === "participant" && r.status === 429).length;
  const participantProblems = [...recorder.problems].filter(([problem]) => !problem.startsWith("moderation") && !problem.startsWith("summaries")).reduce((sum, [, n]) => sum + n, 0);
  const checks = [
    { ok: serverErrors === 0 && unanswered === 0, text: `${serverErrors} responses 5xx, ${unanswered} requests without an answer (whole run)` },
    { ok: participantLimited === 0, text: `${participantLimited} participant requests rate-limited (429, whole run)` },
    { ok: participantProblems === 0, text: `${participantProblems} participant flows met a page they did not expect` },
    { ok: submissions > 0, text: `${submissions} submissions confirmed` },
    ...databaseChecks,
    { ok: p95 < participantP95TargetMs, text: `participants' p95 per request ${Math.round(p95)} ms (target < ${participantP95TargetMs} ms)` },
  ];
  console.log("\nchecks:");
  for (const check of checks) console.log(`  ${check.ok ? "ok  " : "FAIL"} ${check.text}`);
  return checks.filter((check) => !check.ok).map((check) => check.text);
}
