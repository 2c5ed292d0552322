/**
 * CI's closing line, `ci: N passed, M failed`, from the runners' own reports
 * (scripts/lib/test-reports.ts) under the folder given, plus one failure for
 * every stage that exited non-zero without a runner counting a failure (a
 * type error, a lint error, a crashed runner): the line never says
 * "0 failed" for a run that failed.
 *
 * Usage: tsx scripts/ci-summary.ts <report-dir> [failed-stage ...]
 */
import { readAllReports } from "./lib/test-reports.ts";

const [root, ...failedStages] = process.argv.slice(2);
if (!root) {
  console.error("usage: tsx scripts/ci-summary.ts <report-dir> [failed-stage ...]");
  process.exit(2);
}
const counts = readAllReports(root);
for (const count of counts) {
  console.log(`  ${count.runner} (${count.file.slice(root.length + 1)}): ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  // Named here, next to the closing line, because that tail is what survives of a CI run.
  for (const failure of count.failures.slice(0, 20))
    console.log(`    ✘ ${failure.location} ${failure.title}${failure.message ? ` — ${failure.message}` : ""}`);
}
const passed = counts.reduce((sum, count) => sum + count.passed, 0);
let failed = counts.reduce((sum, count) => sum + count.failed, 0);
for (const stage of failedStages) {
  const stageCounted = counts.some((count) => count.file.startsWith(`${root}/${stage}/`) && count.failed > 0);
  if (!stageCounted) {
    console.log(`  stage "${stage}" failed with no test failure reported: counted as one failure`);
    failed += 1;
  }
}
console.log(`ci: ${passed} passed, ${failed} failed`);
