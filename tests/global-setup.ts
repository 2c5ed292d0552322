/**
 * Runs once per `vitest run`, in the main process: finds a real PostgreSQL
 * server, builds one migrated template database, and hands its name to the
 * workers (see tests/setup/per-file-database.ts).
 *
 * - DATABASE_URL set (CI's second pass): that server is used; the named
 *   database itself is left alone, the test databases are created beside it.
 * - DATABASE_URL unset: the project's embedded PostgreSQL, with its own data
 *   folder and port so it never meets `npm start` (54329) or the e2e server.
 */
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIfStale } from "../scripts/lib/build.ts";
import { startEmbeddedDatabase, type RunningDatabase } from "../scripts/lib/embedded-database.ts";
import { applyMigrations, projectRoot } from "../scripts/lib/migrations.ts";
import {
  createDatabase,
  dropDatabase,
  endConnectionsTo,
  listDatabases,
  newRunPrefix,
} from "./support/test-databases.ts";

// Overridable so two checkouts can run their suites side by side.
export const testServerPort = Number(process.env.VITEST_DATABASE_PORT ?? 54339);
export const testDataDir = path.join(projectRoot, ".data/test");

async function connectTestServer(): Promise<RunningDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  // The "postgres" maintenance database always exists; tests never write to it.
  return startEmbeddedDatabase({ dataDir: testDataDir, port: testServerPort, databaseName: "postgres" });
}

export default async function setup(project: TestProject) {
  // HTTP tests serve the production bundle; build it once here, not per file.
  buildIfStale();
  const server = await connectTestServer();
  const runPrefix = newRunPrefix();
  const templateName = `${runPrefix}_template`;

  const teardown = async () => {
    for (const name of await listDatabases(server.url, runPrefix)) await dropDatabase(server.url, name);
    await server.stop();
  };

  try {
    const templateUrl = await createDatabase(server.url, templateName);
    await applyMigrations(templateUrl);
    // The migration engine may keep a pooled connection open for a moment;
    // CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
    await endConnectionsTo(server.url, templateName);
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide("testDatabaseServer", { adminUrl: server.url, templateName, runPrefix });
  return teardown;
}
