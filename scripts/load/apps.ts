/**
 * The app processes under load: `scripts/start.ts` run as-is, once per
 * port, all against the one PostgreSQL the load run started — as a
 * deployment runs several copies of `npm start` behind a proxy. Each is
 * given the database URLs and secrets, so none starts a database of its own
 * or seeds anything; each runs its own job queue worker, as replicas do.
 * Their output (no input text: the app never logs it) goes to a file in the
 * load run's data folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { productionProcessEnvironment } from "../lib/process-memory.ts";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { projectRoot } from "../lib/migrations.ts";
import { sleep } from "./device.ts";

export type AppProcess = { port: number; baseUrl: string; logFile: string; child: ChildProcess; stop: () => Promise<void> };

export async function startApp(port: number, dataDir: string, environment: NodeJS.ProcessEnv): Promise<AppProcess> {
  const logFile = path.join(dataDir, `app-${port}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts/start.ts")], {
    cwd: projectRoot,
    env: { ...environment, ...productionProcessEnvironment, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const gone = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
    if (!gone) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app on port ${port} stopped at start-up (exit ${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return { port, baseUrl, logFile, child, stop };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`The app on port ${port} was not ready within 2 minutes; see ${logFile}`);
}
