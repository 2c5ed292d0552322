/**
 * Reads the machine-readable reports the test runners write when
 * CONVENE_REPORT_DIR is set (vitest.config.ts, playwright.config.ts), so that
 * CI's closing line counts what the runners themselves counted rather than
 * scraping coloured console output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One failed test: where, its title, and the first line of what it said. */
export type FailedTest = { location: string; title: string; message: string };

export type RunnerCount = {
  runner: string;
  file: string;
  passed: number;
  failed: number;
  skipped: number;
  /** So CI's tail names what failed, not only how many (a flaky test is otherwise anonymous). */
  failures: FailedTest[];
};

/** The first non-empty line of a runner's error text, without colour codes, at most 300 characters. */
export function firstLine(text: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- runners colour their messages with ANSI escapes
  const plain = (text ?? "").replace(/\u001b\[[0-9;]*m/g, "");
  const line = plain.split("\n").find((candidate) => candidate.trim() !== "") ?? "";
  return line.trim().slice(0, 300);
}

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
    testResults?: {
      name: string;
      status?: string;
      message?: string;
      assertionResults?: { fullName?: string; title?: string; status: string; failureMessages?: string[] }[];
    }[];
  };
  const failures: FailedTest[] = [];
  for (const suite of report.testResults ?? []) {
    const location = path.relative(process.cwd(), suite.name);
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failedTests) failures.push({ location, title: test.fullName ?? test.title ?? "", message: firstLine(test.failureMessages?.[0]) });
    // A file that failed to load has no failed test, only the suite's message.
    if (failedTests.length === 0 && suite.status === "failed") failures.push({ location, title: "(file)", message: firstLine(suite.message) });
  }
  // A file that fails to load (syntax error, failing beforeAll) has no failed
  // test but a failed suite: count it, or a broken file would look green.
  const failed = report.numFailedTests > 0 ? report.numFailedTests : (report.numFailedTestSuites ?? 0);
  return {
    runner: "vitest",
    file,
    passed: report.numPassedTests,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
  };
}

type PlaywrightSuite = {
  title?: string;
  specs?: {
    title: string;
    file: string;
    line: number;
    tests?: { status: string; results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
};

/** Playwright's `json` reporter. */
export function readPlaywrightReport(file: string): RunnerCount | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: { message?: string }[];
    suites?: PlaywrightSuite[];
    config?: { rootDir?: string };
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failures: FailedTest[] = [];
  const visit = (suite: PlaywrightSuite, titles: string[]) => {
    const titlePath = suite.title && !suite.title.endsWith(".ts") ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = (test.results ?? []).find((result) => result.error)?.error;
        failures.push({
          // spec.file is relative to the test folder; named from the project root like Vitest's.
          location: `${path.relative(process.cwd(), path.join(report.config?.rootDir ?? "", spec.file))}:${spec.line}`,
          title: [...titlePath, spec.title].join(" › ") + (test.status === "flaky" ? " (flaky: passed on retry)" : ""),
          message: firstLine(error?.message),
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, titlePath);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  for (const error of report.errors ?? [])
    failures.push({ location: "(run)", title: "error outside a test", message: firstLine(error.message) });
  return {
    runner: "playwright",
    file,
    // A flaky test passed only on retry; it is still a failure of the suite's promise.
    passed: expected,
    failed: unexpected + flaky + (unexpected === 0 && (report.errors?.length ?? 0) > 0 ? 1 : 0),
    skipped,
    failures,
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
