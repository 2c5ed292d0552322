/**
 * The application's own database role: the web server and the admin
 * commands connect as it, migrations and maintenance as the owner.
 *
 * Why: connected as the owner (on the embedded server, a superuser) a bug or
 * an injected statement could drop the trigger that keeps AuditEvent
 * append-only, or drop whole tables. The app role can only read and write
 * rows: no ownership, no DDL, no TRUNCATE, nothing on `_prisma_migrations`,
 * and on AuditEvent only SELECT and INSERT.
 *
 * Run as the owner after every migration (boot does): idempotent, and
 * serialised with an advisory lock, so two processes booting at once do not
 * trip over each other's GRANTs.
 */
import pg from "pg";
import { jobSchema } from "../../app/modules/jobs/job-queue.server.ts";

/** The role `npm start` creates on the embedded server. */
export const embeddedAppRole = "convene_app";

/** Tables the app may add to but never change or empty (see the append-only trigger in the init migration). */
export const appendOnlyTables = ["AuditEvent"];

/** Tables the app must not touch at all. */
const ownerOnlyTables = ["_prisma_migrations"];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function asOwner<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('convene:app-role'))");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Creates the login role if missing, or resets it to these attributes and this password. */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  await asOwner(ownerUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD ${client.escapeLiteral(password)}`;
    await client.query(`${exists.rowCount === 0 ? "CREATE" : "ALTER"} ROLE ${quote(role)} ${attributes}`);
  });
}

/**
 * Grants `role` exactly what the app needs in the owner's database, now and
 * for tables later migrations create (default privileges of the owner).
 */
export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  await asOwner(ownerUrl, async (client) => {
    const r = quote(role);
    const { rows } = await client.query<{ database: string }>("SELECT current_database() AS database");
    const statements = [
      `GRANT CONNECT ON DATABASE ${quote(rows[0]!.database)} TO ${r}`,
      `GRANT USAGE ON SCHEMA public TO ${r}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    ];
    for (const statement of statements) await client.query(statement);
    // The job queue's schema (app/modules/jobs/job-queue.server.ts), installed by the owner: rows only,
    // so the app can send, fetch and finish jobs but never create or drop a queue's table.
    if (await schemaExists(client, jobSchema)) {
      const schema = quote(jobSchema);
      for (const statement of [
        `GRANT USAGE ON SCHEMA ${schema} TO ${r}`,
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${r}`,
        `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
      ]) {
        await client.query(statement);
      }
    }
    for (const table of ownerOnlyTables) {
      if (await tableExists(client, table)) await client.query(`REVOKE ALL ON ${quote(table)} FROM ${r}`);
    }
    for (const table of appendOnlyTables) {
      if (await tableExists(client, table)) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${quote(table)} FROM ${r}`);
    }
  });
}

async function schemaExists(client: pg.Client, schema: string): Promise<boolean> {
  const { rows } = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
  return rows.length > 0;
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1) AS found", [`public.${quote(table)}`]);
  return rows[0]?.found != null;
}

/** `url` with another user and password (same host, port and database). */
export function withCredentials(url: string, user: string, password: string): string {
  const next = new URL(url);
  next.username = encodeURIComponent(user);
  next.password = encodeURIComponent(password);
  return next.toString();
}

export function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
