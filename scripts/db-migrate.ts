/** `npm run db:migrate`: applies pending migrations from prisma/migrations. */
import { orExit } from "./lib/boot.ts";
import { connectDatabase } from "./lib/database-url.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { installJobQueue } from "../app/modules/jobs/job-queue.server.ts";

// As the owner (CONVENE_OWNER_DATABASE_URL when the app has a role of its own).
const database = await orExit(connectDatabase());
try {
  const applied = await applyMigrations(database.url);
  // The job queue's schema (pg-boss) and queues, as the owner (app/modules/jobs/job-queue.server.ts).
  await installJobQueue(database.url);
  console.log(applied.length === 0 ? "Database is up to date; no migration applied." : `Applied: ${applied.join(", ")}`);
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
  // The WebAssembly engine keeps one pooled connection checked out after it
  // finishes; exit explicitly instead of waiting for that socket's timeout.
  process.exit();
}
