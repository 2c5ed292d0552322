/**
 * Databases for the fault tests on a PostgreSQL server outside the test
 * run's own: the backup test needs a server whose version the installed
 * pg_dump can read (the embedded server is PostgreSQL 18; this machine's
 * pg_dump is 15). FAULTS_POSTGRES_URL names it (an administrative URL, e.g.
 * postgresql://postgres@127.0.0.1:5432/postgres, the default). Every database
 * is named faults_…, and dropped (connections ended) when the file ends.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

export const machineAdminUrl = process.env.FAULTS_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const created: string[] = [];
let registered = false;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: machineAdminUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The backup test needs a PostgreSQL server its pg_dump can read, at FAULTS_POSTGRES_URL (default ${machineAdminUrl}): ${(error as Error).message}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An empty database on that server; returns its URL. */
export async function createMachineDatabase(label: string): Promise<string> {
  const name = `faults_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}_${label}`;
  if (!registered) {
    registered = true;
    afterAll(async () => {
      for (const database of created.splice(0)) await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    });
  }
  created.push(name);
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(machineAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
