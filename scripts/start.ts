/**
 * `npm start`: one command from a fresh clone to a running Convene.
 * - builds the production bundle when it is missing or older than the sources;
 * - without DATABASE_URL, starts the embedded PostgreSQL (data in .data/);
 * - applies migrations (a failure stops start-up with the reason);
 * - seeds the demo consultation once (embedded database, or CONVENE_DEMO=1);
 * - serves on PORT (default 3000) and prints the demo staff logins.
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

/** database.stop() is bounded itself; this is the backstop for anything else that could hold the exit up. */
const stopDeadlineMs = 8_000;
let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Convene${usingEmbedded ? " and its database" : ""}…`);
  setTimeout(() => process.exit(1), stopDeadlineMs).unref();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

const { getEnvironment } = await import("../app/env.server.ts");
const environment = getEnvironment();

if (usingEmbedded || process.env.CONVENE_DEMO === "1") {
  const { seedDemoOnce, describeDemoLogins } = await import("./lib/demo.ts");
  await seedDemoOnce();
  console.log(await describeDemoLogins());
}

const { createHttpApp } = await import("../server/http.ts");
const app = await createHttpApp({ mode: development ? "development" : "production", buildDirectory });
app.listen(environment.PORT, () => {
  console.log(`Convene is ready on http://localhost:${environment.PORT}`);
});
