/**
 * `npm start`: one command from a fresh clone to a running Convene.
 * - builds the production bundle when it is missing or older than the sources;
 * - without DATABASE_URL, starts the embedded PostgreSQL (data in .data/);
 * - applies migrations (a failure stops start-up with the reason);
 * - seeds the demo consultation once (embedded database, or CONVENE_DEMO=1);
 * - serves on PORT (default 3000) and prints the demo staff logins.
 * `npm run dev` does the same with Vite's dev server instead of a build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { bootDatabase, type BootedDatabase } from "./lib/boot.ts";
import { projectRoot } from "./lib/migrations.ts";

const development = process.argv.includes("--dev");
process.env.NODE_ENV ??= development ? "development" : "production";
const buildDirectory = path.join(projectRoot, "build");

function newestModification(target: string): number {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce(
    (newest, name) => (name === "generated" ? newest : Math.max(newest, newestModification(path.join(target, name)))),
    stats.mtimeMs,
  );
}

function buildIfStale() {
  const built = newestModification(path.join(buildDirectory, "server/index.js"));
  const sources = Math.max(
    ...["app", "locales", "public", "vite.config.ts", "package-lock.json"].map((entry) =>
      newestModification(path.join(projectRoot, entry)),
    ),
  );
  if (built >= sources) return;
  console.log("Building Convene (the bundle is missing or older than the sources)…");
  const result = spawnSync("npx", ["remix", "vite:build"], { cwd: projectRoot, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(1);
  }
}

if (!development) buildIfStale();

let database: BootedDatabase;
try {
  database = await bootDatabase();
} catch (error) {
  console.error(`Start-up stopped. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (database.appliedMigrations.length > 0) console.log(`Applied migrations: ${database.appliedMigrations.join(", ")}`);
const { usingEmbedded } = database;

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Convene${usingEmbedded ? " and its database" : ""}…`);
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
