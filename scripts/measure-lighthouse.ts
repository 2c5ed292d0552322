/**
 * `npm run measure:lighthouse`: Lighthouse's mobile performance audit (its
 * default: an emulated mid-range phone on a slow 4G connection) of the pages
 * people land on, against the production app started here on a loopback
 * port with its own data folder. Chromium comes from CHROME_PATH (default
 * Debian's /usr/bin/chromium) and may resolve no host but 127.0.0.1.
 *
 * Not part of `npm test`: scores vary with the machine's load (Lighthouse
 * scales the CPU time it observes, so a busy machine inflates Total Blocking
 * Time). Each page is measured `MEASURE_RUNS` times (default 3) and the
 * median run is printed, with the load average to judge it by.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { projectRoot } from "./lib/migrations.ts";

const port = Number(process.env.MEASURE_PORT ?? 3291);
const databasePort = Number(process.env.MEASURE_DATABASE_PORT ?? 54391);
const runs = Number(process.env.MEASURE_RUNS ?? 3);
const origin = `http://127.0.0.1:${port}`;
const dataDir = path.join(projectRoot, ".data/measure-lighthouse");
const pages = ["/", "/c/bogota-2026", "/c/bogota-2026/consent", "/join"];
const startLimitMs = 180_000;

async function serving(): Promise<boolean> {
  try {
    return (await fetch(`${origin}/healthz`)).status === 200;
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

async function startApp(): Promise<ChildProcess> {
  // Node itself with tsx's loader (no wrapper process in between), so SIGTERM
  // reaches scripts/start.ts, which then stops its embedded PostgreSQL.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      DATABASE_URL: "",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      PORT: String(port),
      CONVENE_DATA_DIR: dataDir,
      CONVENE_BUILD_DIR: path.join(dataDir, "build"),
      EMBEDDED_POSTGRES_PORT: String(databasePort),
    },
    stdio: "ignore",
  });
  const started = Date.now();
  while (!(await serving())) {
    if (Date.now() - started > startLimitMs) {
      await stop(child);
      throw new Error(`The app did not answer on ${origin} within ${startLimitMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return child;
}

type Run = { score: number; lcpMs: number; fcpMs: number; tbtMs: number; bytes: number };

function median(values: Run[]): Run {
  const sorted = [...values].sort((a, b) => a.score - b.score);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const app = await startApp();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-proxy-server",
    // Nothing but the local app is reachable, not even by accident.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
  ],
});
try {
  console.log(`Lighthouse mobile performance, median of ${runs} runs, ${origin}, load average ${loadavg()[0]!.toFixed(1)}`);
  console.log("score  LCP ms  FCP ms  TBT ms   bytes  page");
  for (const page of pages) {
    const results: Run[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        onlyCategories: ["performance"],
        output: "json",
        logLevel: "error",
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { audits, categories, runtimeError } = result.lhr;
      // A run Lighthouse could not finish scores 0; say why instead of hiding it in the median.
      if (runtimeError) console.log(`  ${page}: run ${run + 1} failed: ${runtimeError.code} ${runtimeError.message}`);
      results.push({
        score: Math.round((categories.performance?.score ?? 0) * 100),
        lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
        fcpMs: Math.round(audits["first-contentful-paint"]?.numericValue ?? 0),
        tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
        bytes: Math.round(audits["total-byte-weight"]?.numericValue ?? 0),
      });
    }
    const { score, lcpMs, fcpMs, tbtMs, bytes } = median(results);
    const all = results.map((result) => result.score).join("/");
    console.log(
      `${String(score).padStart(5)}  ${String(lcpMs).padStart(6)}  ${String(fcpMs).padStart(6)}  ${String(tbtMs).padStart(6)}  ${String(bytes).padStart(6)}  ${page} (scores ${all})`,
    );
  }
} finally {
  chrome.kill();
  await stop(app);
}
