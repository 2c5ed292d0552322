/**
 * `npm start`: one command from a fresh clone to a running Convene.
 * - builds the production bundle when it is missing or older than the sources;
 * - without DATABASE_URL, starts the embedded PostgreSQL (data in .data/);
 * - applies migrations (a failure stops start-up with the reason), then seals
 *   any pseudonym still stored in plain text (seal-legacy-pseudonyms.server.ts);
 * - seeds the demo consultation once (embedded database, or CONVENE_DEMO=1);
 * - serves on PORT (default 3000) and prints the demo staff logins;
 * - every few minutes, purges withdrawn data keys from the database's files
 *   (and once more when stopped by Ctrl-C or SIGTERM);
 * - runs the job queue (pg-boss) with the summaries-refresh worker and its
 *   every-minute schedule, so the drafters' counts follow every write.
 * `npm run dev` does the same with Vite's dev server instead of a build.
 */
import { bootDatabase, orExit } from "./lib/boot.ts";
import { buildDirectory, buildIfStale, isBuildStale } from "./lib/build.ts";

const development = process.argv.includes("--dev");
process.env.NODE_ENV ??= development ? "development" : "production";
if (!development && isBuildStale()) {
  console.log("Building Convene (the bundle is missing or older than the sources)…");
  try {
    buildIfStale();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const database = await orExit(bootDatabase());
if (database.appliedMigrations.length > 0) console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);
const { usingEmbedded } = database;

/** The purge on stop and database.stop() are bounded themselves; this is the backstop for anything else that could hold the exit up. */
const purgeOnStopMs = 4_000;
const stopDeadlineMs = 15_000;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Convene${usingEmbedded ? " and its database" : ""}…`);
  setTimeout(() => process.exit(1), stopDeadlineMs).unref();
  // A withdrawal just before stopping is purged now, not only at the next
  // start — given a few seconds at most: stopping must not wait on it (a
  // purge cut short is rolled back by the database's fast shutdown).
  // A refresh under way is rolled back if cut short; the outbox keeps its rows for the next start.
  await import("../app/modules/jobs/job-queue.server.ts").then(({ stopJobQueue }) => stopJobQueue({ timeout: 2_000 })).catch(() => undefined);
  await Promise.race([
    import("../app/modules/submissions/purge-withdrawn-keys.server.ts")
      .then(({ purgeWithdrawnKeys }) => purgeWithdrawnKeys({ connectionString: database.ownerUrl, maxWaitMs: 2_000 }))
      .catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, purgeOnStopMs).unref()),
  ]);
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGHUP", () => void stop("SIGHUP"));
// From here on, stop() alone stops the embedded server (see there why).
if (usingEmbedded) (await import("./lib/embedded-postgres.ts")).leaveSignalsToThisProcess();

const { getEnvironment } = await import("../app/env.server.ts");
const environment = getEnvironment();
if (!environment.CONVENE_OPERATOR || !environment.CONVENE_DATA_LOCATION) {
  // Not fatal: the demo runs without them. But a real deployment must tell participants who runs it.
  console.warn(
    "CONVENE_OPERATOR or CONVENE_DATA_LOCATION is unset: the consent page says this is a demonstration copy (README, Configuration).",
  );
}

// Pseudonyms stored before they were sealed: seal them before anyone can sign in
// (sign-in looks rows up by the keyed hash this writes). Nothing left: one query.
const { sealLegacyPseudonyms } = await import("../app/modules/auth/seal-legacy-pseudonyms.server.ts");
const sealedPseudonyms = await sealLegacyPseudonyms();
if (sealedPseudonyms > 0) console.log(`Sealed ${sealedPseudonyms} pseudonym(s) stored before pseudonyms were encrypted.`);

if (usingEmbedded || process.env.CONVENE_DEMO === "1") {
  const { seedDemoOnce, describeDemoLogins } = await import("./lib/demo.ts");
  await seedDemoOnce();
  console.log(await describeDemoLogins());
}

const { createHttpApp } = await import("../server/http.ts");
const app = await createHttpApp({ mode: development ? "development" : "production", buildDirectory });
// Withdrawn data keys leave the database's files within minutes (README, What
// withdrawal destroys). The owner's connection: VACUUM FULL and CHECKPOINT need it.
const { schedulePurgeOfWithdrawnKeys } = await import("../app/modules/submissions/purge-withdrawn-keys.server.ts");
schedulePurgeOfWithdrawnKeys({ connectionString: database.ownerUrl });

// The job queue as the app role (its schema was installed by the owner at boot).
const { startJobQueue } = await import("../app/modules/jobs/job-queue.server.ts");
const { startSummaryWorker } = await import("../app/modules/summaries/rollups/summary-jobs.server.ts");
const { logger, errorForLog } = await import("../app/modules/logging/logger.server.ts");
const jobs = await startJobQueue(environment.DATABASE_URL, (error) => logger.error({ err: errorForLog(error) }, "job queue error"));
await startSummaryWorker(jobs);

const { recordServerUrl, serverPublicUrl } = await import("./lib/public-url.ts");
const publicUrl = serverPublicUrl({ CONVENE_PUBLIC_URL: process.env.CONVENE_PUBLIC_URL, PORT: String(environment.PORT) });
app.listen(environment.PORT, () => {
  // The CLI's invitation links follow this (scripts/lib/public-url.ts), wherever it runs from.
  recordServerUrl(publicUrl);
  console.log(`Convene is ready on ${publicUrl}`);
});
