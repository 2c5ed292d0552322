/**
 * Stopping and starting the e2e app's embedded PostgreSQL from a test, to
 * see what people see while the database is down. Only the "database-down"
 * Playwright project may call these: it runs after every other test has
 * finished (playwright.config.ts), so no other test meets a stopped server.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  isClusterRunning,
  startCluster,
  stopCluster,
} from "../scripts/lib/pg-ctl";
import { withDatabase } from "./db";
import { e2eDataDir, e2eDatabasePort } from "./settings";

const projectRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  ".."
);
const clusterDir = path.join(projectRoot, e2eDataDir, "postgres");

export async function stopDatabase(): Promise<void> {
  await stopCluster(clusterDir);
}

/** Starts the server again (if stopped) and waits until it answers queries. */
export async function startDatabase(): Promise<void> {
  if (!isClusterRunning(clusterDir))
    await startCluster(clusterDir, e2eDatabasePort);
  await withDatabase((client) => client.query("SELECT 1"));
}
