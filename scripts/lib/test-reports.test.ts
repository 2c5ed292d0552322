/**
 * CI's closing lines name each failed test from the runners' JSON reports
 * (scripts/ci-summary.ts): a file that failed to load, a failed Vitest test,
 * a failed or flaky Playwright test and an error outside any test are each
 * named with where they are and the first line of what they said.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPlaywrightReport, readVitestReport } from "./test-reports.ts";

const dir = mkdtempSync(path.join(tmpdir(), "convene-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(name: string, report: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

describe("failed tests named from the runners' reports", () => {
  it("Vitest: each failed test, and a file that failed without a test, with the first plain line of the error", () => {
    const report = readVitestReport(
      written("vitest.json", {
        numPassedTests: 1,
        numFailedTests: 1,
        numFailedTestSuites: 2,
        numTotalTests: 2,
        testResults: [
          {
            name: path.join(process.cwd(), "tests/a.test.ts"),
            status: "failed",
            assertionResults: [
              { fullName: "a passes", status: "passed" },
              { fullName: "a fails", status: "failed", failureMessages: ["\n\u001b[31mAssertionError\u001b[39m: expected 1 to be 2\n    at x"] },
            ],
          },
          { name: path.join(process.cwd(), "tests/b.test.ts"), status: "failed", message: "SyntaxError: Unexpected token\nmore", assertionResults: [] },
        ],
      }),
    );
    expect(report?.failures).toEqual([
      { location: "tests/a.test.ts", title: "a fails", message: "AssertionError: expected 1 to be 2" },
      { location: "tests/b.test.ts", title: "(file)", message: "SyntaxError: Unexpected token" },
    ]);
  });

  it("Playwright: failed and flaky tests with their describe titles, and errors outside a test", () => {
    const spec = (title: string, line: number, status: string, message?: string) => ({
      title,
      file: "queue.spec.ts",
      line,
      tests: [{ status, results: message ? [{}, { error: { message } }] : [{}] }],
    });
    const report = readPlaywrightReport(
      written("playwright.json", {
        config: { rootDir: path.join(process.cwd(), "e2e") },
        stats: { expected: 1, unexpected: 1, flaky: 1, skipped: 0 },
        suites: [
          {
            title: "queue.spec.ts",
            specs: [spec("passes", 3, "expected")],
            suites: [{ title: "JavaScript off", specs: [spec("approves", 9, "unexpected", "Error: timed out\ncall log"), spec("holds", 20, "flaky", "Error: once")] }],
          },
        ],
        errors: [{ message: "Error: webServer exited early" }],
      }),
    );
    expect(report?.failures).toEqual([
      { location: "e2e/queue.spec.ts:9", title: "JavaScript off › approves", message: "Error: timed out" },
      { location: "e2e/queue.spec.ts:20", title: "JavaScript off › holds (flaky: passed on retry)", message: "Error: once" },
      { location: "(run)", title: "error outside a test", message: "Error: webServer exited early" },
    ]);
  });
});
