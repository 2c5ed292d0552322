/**
 * Makes every copy of a deleted data key disappear from the database's files
 * (`npm run admin -- purge-withdrawn-keys`, and on a schedule in the running
 * server: schedulePurgeOfWithdrawnKeys).
 *
 * Why this is needed: a DELETE (withdrawal) or UPDATE (rotation) in
 * PostgreSQL only marks the old row version dead. Its bytes stay in the
 * table's file until the page happens to be reused — plain VACUUM frees the
 * space but does not overwrite it — and in the WAL segments that logged the
 * insert and every full-page image of that page. A wrapped key read back
 * from there plus the master key decrypts the "destroyed" text.
 *
 * What it does, when a KeyPurgeRequest is pending (the trigger on
 * SubmissionKey writes one whenever a key row is deleted or re-wrapped):
 * 1. waits (bounded) until no transaction that started before it read the
 *    requests is still open — such a transaction's snapshot would make
 *    VACUUM FULL copy the deleted row into the new file;
 * 2. `VACUUM FULL` of each table named: a fresh file with the live rows only;
 *    the old file is truncated at commit and unlinked at the next checkpoint
 *    (a lock not granted within 2 s postpones the run instead of stalling
 *    the app's queries behind it);
 * 3. `pg_switch_wal()` and `CHECKPOINT`, repeated until the oldest WAL
 *    segment left is newer than every segment written up to the end of
 *    step 2 (with the embedded server's walRemovalSettings those segments
 *    are deleted, not recycled);
 * 4. clears the requests it handled and records an audit event (table
 *    names and counts only).
 *
 * VACUUM FULL needs the table owner, CHECKPOINT superuser or pg_checkpoint,
 * pg_switch_wal and pg_ls_waldir superuser (or grants): pass the owner's
 * (migration) connection URL, not a least-privilege app role's. Without the
 * WAL privileges, the tables are still rewritten and the result says the
 * WAL was left to the server (an external server's own settings, archives
 * and backups then decide how long old segments live: README).
 */
import pg from "pg";
import { getEnvironment } from "~/env.server";
import { errorForLog, logger } from "~/modules/logging/logger.server";
import { keyPurgeCheckMinutes } from "./withdrawal-timing";

/** Tables whose files can hold a data key (Participant and KnownTerm: sealed values carry one): the only names ever put into VACUUM FULL. */
export const keyHoldingTables = ["SubmissionKey", "Submission", "StaffUser", "ThemeSynthesis", "Participant", "KnownTerm"] as const;
type KeyHoldingTable = (typeof keyHoldingTables)[number];
const isKeyHoldingTable = (name: string): name is KeyHoldingTable => (keyHoldingTables as readonly string[]).includes(name);

export type WalOutcome =
  /** Every segment that could hold an old key was removed (checked in pg_wal). */
  | "removed"
  /** Switched and checkpointed, but this role may not list pg_wal to check. */
  | "unverified"
  /** This role may not checkpoint or switch WAL: the server's own schedule decides. */
  | "leftToServer";

export type PurgeResult =
  | { kind: "nothingPending" }
  /** Another process is purging right now. */
  | { kind: "busy" }
  /** A transaction older than the requests stayed open, or a table stayed locked; they stay pending for the next run. */
  | { kind: "postponed" }
  | { kind: "purged"; tables: KeyHoldingTable[]; requests: number; wal: WalOutcome };

export type PurgeOptions = {
  /** The table owner's connection (migration URL). Default: CONVENE_OWNER_DATABASE_URL, else DATABASE_URL. */
  connectionString?: string;
  /** How long to wait for transactions older than the requests to end. */
  maxWaitMs?: number;
};

const lockKey = "convene:purge-withdrawn-keys";
const insufficientPrivilege = "42501";
const lockNotAvailable = "55P03";
const quoted = (table: KeyHoldingTable) => `"${table}"`;

const hasCode = (error: unknown, code: string) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
const isInsufficientPrivilege = (error: unknown) => hasCode(error, insufficientPrivilege);

/** Open transactions (other than ours) that began before `since`: their snapshots may still see a deleted row. */
async function olderTransactions(client: pg.Client, since: string): Promise<number> {
  const { rows } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
       AND (backend_xmin IS NOT NULL OR backend_xid IS NOT NULL) AND xact_start < $1::timestamptz`,
    [since],
  );
  return rows[0]?.count ?? 0;
}

async function waitForOlderTransactions(client: pg.Client, since: string, maxWaitMs: number): Promise<boolean> {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    if ((await olderTransactions(client, since)) === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Switch and checkpoint until no WAL segment up to `lastSegment` is left.
 * A checkpoint removes the segments before the one its redo point is in;
 * switching first puts that point in a fresh segment.
 */
async function removeOldWal(client: pg.Client, lastSegment: string): Promise<WalOutcome> {
  for (let round = 0; round < 4; round++) {
    try {
      await client.query("SELECT pg_switch_wal()");
      await client.query("CHECKPOINT");
    } catch (error) {
      if (isInsufficientPrivilege(error)) return "leftToServer";
      throw error;
    }
    let oldest: string | null;
    try {
      const { rows } = await client.query<{ oldest: string | null }>(
        "SELECT min(name) AS oldest FROM pg_ls_waldir() WHERE name ~ '^[0-9A-F]{24}$'",
      );
      oldest = rows[0]?.oldest ?? null;
    } catch (error) {
      if (isInsufficientPrivilege(error)) return "unverified";
      throw error;
    }
    // Same timeline: segment names order like their positions.
    if (oldest === null || oldest > lastSegment) return "removed";
  }
  return "unverified";
}

export async function purgeWithdrawnKeys(options: PurgeOptions = {}): Promise<PurgeResult> {
  const client = new pg.Client({ connectionString: options.connectionString ?? getEnvironment().CONVENE_OWNER_DATABASE_URL ?? getEnvironment().DATABASE_URL });
  await client.connect();
  try {
    const locked = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [lockKey]);
    if (!locked.rows[0]?.locked) return { kind: "busy" };
    try {
      // Text, not a Date: the comparison with xact_start needs the microseconds.
      const pending = await client.query<{ id: string; tableName: string; readAt: string }>(
        'SELECT "id"::text AS "id", "tableName", clock_timestamp()::text AS "readAt" FROM "KeyPurgeRequest"',
      );
      if (pending.rows.length === 0) return { kind: "nothingPending" };
      if (!(await waitForOlderTransactions(client, pending.rows[0]!.readAt, options.maxWaitMs ?? 60_000))) {
        return { kind: "postponed" };
      }
      const tables = keyHoldingTables.filter((table) => pending.rows.some((row) => row.tableName === table));
      // VACUUM FULL holds an exclusive lock while it waits for one, stalling the
      // app's queries on that table: give up quickly and try again next run.
      await client.query("SET lock_timeout = '2s'");
      try {
        for (const table of tables) await client.query(`VACUUM FULL ${quoted(table)}`);
      } catch (error) {
        if (hasCode(error, lockNotAvailable)) return { kind: "postponed" };
        throw error;
      }
      const { rows } = await client.query<{ segment: string }>("SELECT pg_walfile_name(pg_current_wal_lsn()) AS segment");
      const wal = await removeOldWal(client, rows[0]!.segment);
      // Exactly the requests read above: one written meanwhile stays for the next run.
      const ids = pending.rows.map((row) => row.id);
      await client.query('DELETE FROM "KeyPurgeRequest" WHERE "id" = ANY($1::text[])', [ids]);
      const unknown = pending.rows.filter((row) => !isKeyHoldingTable(row.tableName)).length;
      const details = { tables, requests: ids.length, wal, ...(unknown > 0 ? { unknownTables: unknown } : {}) };
      // Same shape as recordAuditEvent writes; this connection is not the app's Prisma client.
      await client.query(
        `INSERT INTO "AuditEvent" ("actorKind", "action", "subjectType", "details") VALUES ('system', 'data-keys.purged', 'database', $1)`,
        [JSON.stringify(details)],
      );
      logger.info(details, "withdrawn data keys purged");
      if (wal === "leftToServer") {
        logger.warn("the database role may not checkpoint or switch WAL: old segments follow the server's own settings");
      }
      return { kind: "purged", tables, requests: ids.length, wal };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [lockKey]);
    }
  } finally {
    await client.end();
  }
}

/**
 * Runs the purge in the running server: shortly after start, then every
 * keyPurgeCheckMinutes (it does nothing when nothing is pending). The
 * timers never keep the process alive; a failure is logged (class, code and
 * place only) and the requests stay pending for the next run.
 */
export function schedulePurgeOfWithdrawnKeys(options: PurgeOptions & { everyMs?: number; firstAfterMs?: number } = {}): {
  stop: () => void;
} {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await purgeWithdrawnKeys(options);
      if (result.kind === "postponed") logger.warn("purge of withdrawn data keys postponed: an older transaction is still open");
    } catch (error) {
      logger.error({ err: errorForLog(error) }, "purge of withdrawn data keys failed");
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), options.firstAfterMs ?? 10_000);
  const every = setInterval(() => void run(), options.everyMs ?? keyPurgeCheckMinutes * 60_000);
  first.unref();
  every.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
