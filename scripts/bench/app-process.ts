/**
 * The system under test: the embedded PostgreSQL of the benchmark (its own
 * data folder, started fresh every run) and the built app in production mode
 * as a separate process, started as `npm start` starts it — so its resident
 * memory can be read from /proc, and the load generator in this process does
 * not share its event loop.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { bootDatabase, type BootedDatabase } from "../lib/boot.ts";
import { productionProcessEnvironment } from "../lib/process-memory.ts";
import { projectRoot } from "../lib/migrations.ts";

export type AppProcess = { baseUrl: string; pid: number; stop: () => Promise<void> };

export const benchDataDir = path.join(projectRoot, ".data/bench");

/** A fresh embedded database (so every run measures the same amounts); DATABASE_URL etc. are in process.env afterwards. */
export async function freshDatabase(port: number): Promise<BootedDatabase> {
  await rm(benchDataDir, { recursive: true, force: true });
  delete process.env.DATABASE_URL;
  delete process.env.CONVENE_OWNER_DATABASE_URL;
  process.env.CONVENE_DATA_DIR = benchDataDir;
  process.env.EMBEDDED_POSTGRES_PORT = String(port);
  return bootDatabase();
}

/**
 * The app on `port`, on the database bootDatabase() put in process.env. It
 * seeds the demo consultation itself (CONVENE_DEMO=1). TRUST_PROXY=loopback
 * lets the simulated participants name themselves in X-Forwarded-For, so the
 * per-client limit on new contributions counts each of them, not the
 * benchmark as one client.
 */
export async function startApp(port: number): Promise<AppProcess> {
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: projectRoot,
    env: { ...process.env, ...productionProcessEnvironment, NODE_ENV: "production", PORT: String(port), LOG_LEVEL: "warn", CONVENE_DEMO: "1", TRUST_PROXY: "loopback" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const deadline = Date.now() + 120_000;
  while (!output.includes("Convene is ready")) {
    if (child.exitCode !== null) throw new Error(`the app stopped:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the app did not start within 120 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** VmRSS of a process, in MB (Linux). */
export function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) / 1024;
}
