/**
 * Shared by the global setup (main vitest process) and the test workers:
 * naming, creating and dropping the throwaway databases the tests run on.
 *
 * Every database a test run creates starts with the run's prefix, so the
 * global teardown can drop whatever a crashed worker left behind without
 * touching anything else on the server.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export type TestDatabaseServer = {
  /** A URL on the test server for administrative statements (CREATE/DROP DATABASE). */
  adminUrl: string;
  /** Migrated once per run; every test file's database is a copy of it. */
  templateName: string;
  /** Prefix of every database this run creates. */
  runPrefix: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServer: TestDatabaseServer;
  }
}

export function newRunPrefix(): string {
  // Lower case only: unquoted PostgreSQL identifiers fold to lower case, and
  // psql users should be able to type these names as they are.
  return `convene_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

export function uniqueDatabaseName(runPrefix: string, purpose: string): string {
  return `${runPrefix}_${purpose}_${randomBytes(4).toString("hex")}`;
}

export function databaseUrl(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database, or a copy of `template` when given; returns its URL. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template ?? "template0")}`),
  );
  return databaseUrl(adminUrl, name);
}

/** FORCE ends connections a test left open (e.g. the migration engine's pool) instead of failing. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}

export async function listDatabases(adminUrl: string, prefix: string): Promise<string[]> {
  return withAdminClient(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      // "_" is a LIKE wildcard; compare the prefix literally instead.
      "SELECT datname FROM pg_database WHERE left(datname, length($1)) = $1",
      [prefix],
    );
    return result.rows.map((row) => row.datname);
  });
}

/** A template must have no other sessions when it is copied. */
export async function endConnectionsTo(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) =>
    client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [
      name,
    ]),
  );
}
