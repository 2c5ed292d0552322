/**
 * The production server started the way `npm start` starts it: a separate
 * process (so its whole output can be captured and searched, and its memory
 * read from /proc), logging at the most detailed level, on this test file's
 * own database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TestServer } from "./http-app";
import { freePort } from "./free-port";

const projectRoot = path.resolve(__dirname, "../..");

export type ProductionServer = TestServer & {
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  pid: number;
  /** SIGKILL, as a crash or the OOM killer would: no shutdown hooks run. Resolves once the process is gone. */
  kill: () => Promise<void>;
};


export async function startProductionServer(environment: Record<string, string> = {}): Promise<ProductionServer> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: projectRoot,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), LOG_LEVEL: "trace", CONVENE_DEMO: "", ...environment },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const deadline = Date.now() + 60_000;
  while (!output.includes("Convene is ready")) {
    if (child.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    pid: child.pid!,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
