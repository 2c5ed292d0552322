/**
 * End-to-end tests in a real Chromium against the app started exactly as
 * people start it (`npm start`), on its own port, data folder and embedded
 * PostgreSQL port so it never collides with a developer's `npm start` or
 * with the Vitest database.
 *
 * No request may leave the machine: e2e/fixtures.ts routes every
 * non-app request, answers the quick exit's neutral site with a stub page
 * and fails a test that tried to reach anything else.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, defineConfig } from "@playwright/test";
import { chooseChromium, debianChromium } from "./e2e/browser";
import { appOrigin, defaultQuickExitUrl, e2eDataDir, e2eDatabasePort, e2ePort } from "./e2e/settings";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const ci = Boolean(process.env.CI);
/** The spec that stops the e2e database (see its project below). */
const databaseDownSpec = "**/database-down.spec.ts";
const browser = chooseChromium({ debian: debianChromium, playwright: chromium.executablePath() });
// Once, from the main process (workers load this file too).
if (browser.problem && process.env.TEST_WORKER_INDEX === undefined) console.error(browser.problem);

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [
    ["list"],
    ...(ci ? [["html", { open: "never" }] as const] : []),
    // CI (.ci/run) collects every runner's own counts for its closing line.
    ...(process.env.CONVENE_REPORT_DIR
      ? [["json", { outputFile: path.join(process.env.CONVENE_REPORT_DIR, "playwright.json") }] as const]
      : []),
  ],
  use: {
    baseURL: appOrigin,
    headless: true,
    locale: "en-GB",
    serviceWorkers: "block",
    trace: "retain-on-failure",
    launchOptions: {
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Second line of defence behind e2e/fixtures.ts: every host name but
        // 127.0.0.1 resolves to "not found" inside Chromium, with no DNS query.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        "--no-proxy-server",
      ],
      // Playwright turns the back/forward cache off by default; people's
      // browsers have it on, and a page restored from it would bypass both
      // the server's quick-exit marker and `Cache-Control: no-store`'s intent.
      ignoreDefaultArgs: ["--disable-back-forward-cache"],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: databaseDownSpec },
    // Stops and starts the app's database: only after every other test has finished, one test at a time.
    {
      name: "database-down",
      use: { browserName: "chromium" },
      testMatch: databaseDownSpec,
      dependencies: ["chromium"],
      fullyParallel: false,
    },
  ],
  webServer: {
    // A fresh database each run: the demo is seeded once per database, so
    // one kept from an earlier run would show that run's demo content.
    // (The bundle in build/ is kept: npm start rebuilds it only when stale.)
    command: `cd ${JSON.stringify(path.join(projectRoot, e2eDataDir))} 2>/dev/null && find . -mindepth 1 -maxdepth 1 ! -name build -exec rm -rf {} +; cd ${JSON.stringify(projectRoot)} && npm start`,
    cwd: projectRoot,
    url: `${appOrigin}/healthz`,
    timeout: 180_000,
    reuseExistingServer: !ci,
    stdout: "ignore",
    stderr: "pipe",
    // SIGTERM lets scripts/start.ts stop its embedded PostgreSQL cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(e2ePort),
      CONVENE_DATA_DIR: path.join(projectRoot, e2eDataDir),
      // Its own bundle: other test runs rebuilding build/ cannot swap assets under it.
      CONVENE_BUILD_DIR: path.join(projectRoot, e2eDataDir, "build"),
      EMBEDDED_POSTGRES_PORT: String(e2eDatabasePort),
      // Always the embedded database, even where CI exports DATABASE_URL for
      // its later Vitest run. Playwright merges this over process.env, so the
      // variable cannot be removed, only emptied; scripts/start.ts and
      // scripts/lib/database-url.ts treat "" like unset.
      DATABASE_URL: "",
      QUICK_EXIT_URL: defaultQuickExitUrl,
      // What `npm start` uses anyway; explicit so a developer's NODE_ENV cannot
      // change cookie names (`__Host-session`) under the tests.
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      // Emptied (= unset) so the consent page shows the demo wording the tests expect, whatever the developer set.
      CONVENE_OPERATOR: "",
      CONVENE_DATA_LOCATION: "",
    },
  },
});
