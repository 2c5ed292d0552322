/**
 * `npm run measure:start`: how long `npm start` takes from nothing to a page
 * that lists the demo consultation, first on an empty data folder (initdb,
 * migrations, demo seed, and a build if the bundle is stale) and then again
 * on the same folder. Runs on its own port and folders; removes them after.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "./lib/migrations.ts";

const port = Number(process.env.MEASURE_PORT ?? 3290);
const dataDir = path.join(projectRoot, ".data/measure-start");
const buildDir = path.join(dataDir, "build");
const limitMs = 180_000;

async function pageListsDemo(): Promise<boolean> {
  try {
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (health.status !== 200) return false;
    const home = await fetch(`http://127.0.0.1:${port}/`);
    return home.status === 200 && (await home.text()).includes('href="/c/bogota-2026"');
  } catch {
    return false;
  }
}

/** As Ctrl-C does: scripts/start.ts stops its embedded PostgreSQL, then exits. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function timedStart(label: string): Promise<number> {
  const started = Date.now();
  // The same entry point as `npm start`, without npm in between, so signals reach it.
  const child = spawn(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: "",
      PORT: String(port),
      CONVENE_DATA_DIR: dataDir,
      CONVENE_BUILD_DIR: buildDir,
      EMBEDDED_POSTGRES_PORT: "54390",
    },
    stdio: "ignore",
  });
  while (!(await pageListsDemo())) {
    if (Date.now() - started > limitMs) {
      await stop(child);
      throw new Error(`${label}: not serving the demo after ${limitMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`${label}: / lists the demo consultation and /healthz answers 200 after ${seconds.toFixed(1)} s`);
  await stop(child);
  return seconds;
}

await rm(dataDir, { recursive: true, force: true });
try {
  const first = await timedStart("first start (empty data folder, fresh build)");
  const second = await timedStart("second start (same data folder)");
  console.log(`goal: first ≤ 90 s (${first <= 90 ? "met" : "MISSED"}), later ≤ 15 s (${second <= 15 ? "met" : "MISSED"})`);
  if (first > 90 || second > 15) process.exitCode = 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
