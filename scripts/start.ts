/**
 * `npm start`: one command from a fresh clone to a running Convene.
 * - builds the production bundle when it is missing or older than the sources;
 * - without DATABASE_URL, starts the embedded PostgreSQL (data in .data/);
 * - applies migrations (a failure stops start-up with the reason), then seals
 *   any pseudonym still stored in plain text (seal-legacy-pseudonyms.server.ts);
 * - seeds the demo consultation once (embedded database, or CONVENE_DEMO=1);
 * - serves on PORT (default 3000) and prints the demo staff logins.
 * `npm run dev` does the same with Vite's dev server instead of a build.
 */
import { bootDatabase, type BootedDatabase } from "./lib/boot.ts";
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
app.listen(environment.PORT, () => {
  console.log(`Convene is ready on http://localhost:${environment.PORT}`);
});
