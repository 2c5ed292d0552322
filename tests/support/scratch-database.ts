/**
 * For tests that need a database other than their file's migrated copy:
 * an empty one (to watch migrations apply from nothing) or a second copy.
 * Each is dropped when the test file ends.
 */
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueDatabaseName, withAdminClient } from "./test-databases.ts";

const created: string[] = [];
let dropRegistered = false;

function registerDrop(adminUrl: string) {
  if (dropRegistered) return;
  dropRegistered = true;
  afterAll(async () => {
    for (const name of created.splice(0)) await dropDatabase(adminUrl, name);
  });
}

export async function createScratchDatabase(options: { migrated: boolean }): Promise<string> {
  const { adminUrl, templateName, runPrefix } = inject("testDatabaseServer");
  const name = uniqueDatabaseName(runPrefix, "scratch");
  registerDrop(adminUrl);
  created.push(name);
  return createDatabase(adminUrl, name, options.migrated ? templateName : undefined);
}

/** Runs one query on the given database with a short-lived connection. */
export async function queryDatabase<Row extends object>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  return withAdminClient(url, async (client) => (await client.query<Row>(sql, values)).rows);
}
