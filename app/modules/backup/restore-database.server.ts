/**
 * `npm run admin -- restore <file> [--replace]`: a backup made by
 * `admin backup` back into the database — without bringing back anything
 * withdrawn since.
 *
 * A backup is a photograph: a contribution withdrawn after it was taken is
 * whole in it (answers and data key). Restoring it plainly would undo the
 * withdrawal. So a restore into a database that holds contributions is
 * refused unless --replace is given, and then every withdrawal the database
 * being replaced records (its tombstones) is carried over and applied again
 * to the restored data, through the same withdrawal the participant pages
 * use (answers, codes, notes, messages and the data key deleted, the key
 * purge requested).
 *
 * The replacement is one transaction: psql drops the database's schemas
 * and runs pg_restore's script (pg_restore --clean cannot drop pg-boss's
 * partitioned tables), so a failure leaves the database as it was.
 *
 * Crash-safety: the tombstones are first copied into a schema of their own
 * (convene_restore, not dropped, not in any backup). If the restore stops
 * half-way, running it again adds that table's rows to the new ones and
 * applies them all; the schema goes only once every withdrawal in it is
 * applied. It holds ids and days, no words.
 */
import pg from "pg";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { matchingTool, pipeTools, runTool } from "./postgres-tools.server";
import { withClient } from "~/modules/db/with-client.server";

export type RestoreResult =
  | { kind: "restored"; carriedWithdrawals: number }
  | { kind: "targetNotEmpty"; contributions: number };

const carrySchema = "convene_restore";
const carryTable = `${carrySchema}."carried_withdrawal"`;

async function contributionCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public."Submission"') IS NOT NULL AS "exists"`);
  if (!rows[0]!.exists) return 0;
  return Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Submission"`)).rows[0]!.n);
}

/** Copies the current tombstones into the carry table (added to any left by an interrupted restore). */
async function carryWithdrawals(client: pg.Client): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${carrySchema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${carryTable} ("id" text PRIMARY KEY, "withdrawnOn" date)`);
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public."Submission"') IS NOT NULL AS "exists"`);
  if (!rows[0]!.exists) return;
  await client.query(
    `INSERT INTO ${carryTable} ("id", "withdrawnOn")
     SELECT "id", "withdrawnOn" FROM "Submission" WHERE "status" = 'withdrawn'
     ON CONFLICT ("id") DO NOTHING`,
  );
}

/**
 * Step one: checks the file and the target, carries the tombstones over and
 * runs pg_restore. The caller then migrates and grants (the backup may be
 * older than the code), and calls reapplyCarriedWithdrawals.
 */
export async function restoreDatabase(ownerUrl: string, file: string, options: { replace: boolean }): Promise<RestoreResult> {
  const pgRestore = await matchingTool("pg_restore", ownerUrl);
  // Reads the file's table of contents: a damaged file, or one written by a newer pg_dump, fails here, before anything changes.
  await runTool(pgRestore, ["--list", file]);
  const contributions = await withClient(ownerUrl, contributionCount);
  if (contributions > 0 && !options.replace) return { kind: "targetNotEmpty", contributions };
  const psql = await matchingTool("psql", ownerUrl);
  const schemas = await withClient(ownerUrl, async (client) => {
    await carryWithdrawals(client);
    const { rows } = await client.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace
       WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', $1)`,
      [carrySchema],
    );
    return rows.map((row) => row.name);
  });
  const drop = [
    ...schemas.map((name) => `DROP SCHEMA "${name.replaceAll('"', '""')}" CASCADE;`),
    "CREATE SCHEMA public;",
  ].join(" ");
  // One transaction (psql -1 wraps the -c and the -f): a failure leaves the database as it was, carry table included.
  await pipeTools(
    pgRestore,
    ["--no-owner", "--no-privileges", "--file", "-", file],
    psql,
    ["--no-psqlrc", "--quiet", "--single-transaction", "--set", "ON_ERROR_STOP=1", "--dbname", ownerUrl, "--command", drop, "--file", "-"],
  );
  const carried = await withClient(ownerUrl, async (client) =>
    Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${carryTable}`)).rows[0]!.n),
  );
  return { kind: "restored", carriedWithdrawals: carried };
}

/**
 * Step two, on the migrated database: withdraws again every carried
 * contribution the backup still holds unwithdrawn (dated the day it was
 * first withdrawn), then drops the carry table. Returns how many were withdrawn again.
 */
export async function reapplyCarriedWithdrawals(ownerUrl: string): Promise<number> {
  return withClient(ownerUrl, async (client) => {
    const { rows: present } = await client.query<{ exists: boolean }>(`SELECT to_regclass('${carryTable}') IS NOT NULL AS "exists"`);
    if (!present[0]!.exists) return 0;
    const { rows } = await client.query<{ id: string; withdrawnOn: string | null }>(
      `SELECT c."id", c."withdrawnOn"::text AS "withdrawnOn" FROM ${carryTable} c JOIN "Submission" s ON s."id" = c."id" WHERE s."status" <> 'withdrawn'`,
    );
    for (const row of rows) {
      // Midday UTC of the recorded day: the tombstone keeps its day whatever the time zone.
      await withdrawContribution(row.id, row.withdrawnOn ? new Date(`${row.withdrawnOn}T12:00:00Z`) : new Date());
      await client.query(`DELETE FROM ${carryTable} WHERE "id" = $1`, [row.id]);
    }
    await client.query(`DROP SCHEMA ${carrySchema} CASCADE`);
    return rows.length;
  });
}
