/**
 * Unit and integration tests. Integration tests use a real PostgreSQL, one
 * database per test file (tests/global-setup.ts, tests/setup/per-file-database.ts).
 * The Remix plugin is deliberately not loaded: tests import modules directly.
 * Playwright's e2e/ suite runs separately (`npm run test:e2e`).
 */
import path from "node:path";
import { defineConfig } from "vitest/config";

// scripts/check-test-signal.ts: run only the deliberately failing file, through the same setup.
const signalCheck = process.env.CONVENE_TEST_SIGNAL_CHECK === "1";
// CI (.ci/run) collects every runner's own counts for its closing line.
const reportDir = process.env.CONVENE_REPORT_DIR;

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    environment: "node",
    include: signalCheck
      ? ["tests/signal/*.check.ts"]
      : ["app/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    ...(reportDir
      ? { reporters: ["default", "json"], outputFile: { json: path.join(reportDir, "vitest.json") } }
      : {}),
    exclude: ["e2e/**", "node_modules/**", "build/**", ".data/**"],
    globalSetup: ["./tests/global-setup.ts"],
    setupFiles: ["./tests/setup/per-file-database.ts"],
    // Separate processes: each file gets a fresh globalThis (db.server.ts keeps its client there).
    pool: "forks",
    // Two cores: two files at a time, plus the PostgreSQL server.
    maxWorkers: 2,
    // A hang guard, not a speed target: tests that hash with argon2 a dozen
    // times took over 20 s when the 2-core machine ran at load average 30
    // (7 timeouts in one of three back-to-back runs); idle they take 1–5 s.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
