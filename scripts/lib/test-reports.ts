/**
 * Reads the machine-readable reports the test runners write when
 * CONVENE_REPORT_DIR is set (vitest.config.ts, playwright.config.ts), so that
 * CI's closing line counts what the runners themselves counted rather than
 * scraping coloured console output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type RunnerCount = { runner: string; file: string; passed: number; failed: number; skipped: number };

/** Vitest's `json` reporter (the Jest-compatible shape). */
export function readVitestReport(file: string): RunnerCount | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests?: number;
    numTodoTests?: number;
    numFailedTestSuites?: number;
    numTotalTests: number;
  };
  // A file that fails to load (syntax error, failing beforeAll) has no failed
  // test but a failed suite: count it, or a broken file would look green.
  const failed = report.numFailedTests > 0 ? report.numFailedTests : (report.numFailedTestSuites ?? 0);
  return {
    runner: "vitest",
    file,
    passed: report.numPassedTests,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's `json` reporter. */
export function readPlaywrightReport(file: string): RunnerCount | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return {
    runner: "playwright",
    file,
    // A flaky test passed only on retry; it is still a failure of the suite's promise.
    passed: expected,
    failed: unexpected + flaky + (unexpected === 0 && (report.errors?.length ?? 0) > 0 ? 1 : 0),
    skipped,
  };
}

/** Every report under a folder (one sub-folder per CI stage). */
export function readAllReports(root: string): RunnerCount[] {
  if (!existsSync(root)) return [];
  const counts: RunnerCount[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const count =
      entry.name === "vitest.json"
        ? readVitestReport(file)
        : entry.name === "playwright.json"
          ? readPlaywrightReport(file)
          : undefined;
    if (count) counts.push(count);
  }
  return counts;
}
