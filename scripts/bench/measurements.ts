/** The rows of the table, each measured against its ceiling in the same run (issue 15, `npm run bench`). */
import { measure, type LoadResult } from "./http-load.ts";
import { bareInserts } from "./bare-insert.ts";
import { submitThroughRoutes } from "./participants.ts";
import { ScaleData } from "./scale-data.ts";
import { addRow, ms, perSecond } from "./report.ts";

export const demoSlug = "bogota-2026";
const connections = 50;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Latency of the staff pages: two at a time (one per core), so the figure is the page's cost, not a queue. */
const staffConnections = 2;
const staffSeconds = Number(process.env.BENCH_STAFF_SECONDS ?? 6);

/** Rows 1–2: the page shell and the consultation page, against a resource route and the shell. */
export async function pagesAgainstShell(baseUrl: string): Promise<void> {
  const get = (path: string) => measure({ url: baseUrl + path, connections, seconds });
  const resource = await get("/livez");
  const shell = await get("/safety");
  const consultation = await get(`/c/${demoSlug}`);
  const shellRatio = shell.requestsPerSecond / resource.requestsPerSecond;
  addRow({
    what: "1. page shell /safety vs resource route /livez (throughput, 50 conn.)",
    figure: perSecond(shell.requestsPerSecond),
    baseline: perSecond(resource.requestsPerSecond),
    ratio: shellRatio,
    target: "≥ 0.50×",
    met: shellRatio >= 0.5,
  });
  const pageRatio = consultation.requestsPerSecond / shell.requestsPerSecond;
  addRow({
    what: `2a. /c/${demoSlug} vs shell (throughput, 50 conn.)`,
    figure: perSecond(consultation.requestsPerSecond),
    baseline: perSecond(shell.requestsPerSecond),
    ratio: pageRatio,
    target: "≥ 0.60×",
    met: pageRatio >= 0.6,
  });
  const p99Ratio = consultation.p99 / shell.p99;
  addRow({
    what: `2b. /c/${demoSlug} vs shell (p99, 50 conn.)`,
    figure: ms(consultation.p99),
    baseline: ms(shell.p99),
    ratio: p99Ratio,
    target: "≤ 1.50×",
    met: p99Ratio <= 1.5,
  });
}

/** Row 3: whole participations through the routes, against bare INSERTs of the same rows. Returns answers per submission. */
export async function submissions(baseUrl: string, databaseUrl: string): Promise<number> {
  const concurrency = 20;
  const flows = await submitThroughRoutes(baseUrl, demoSlug, concurrency, seconds + 5);
  const inserts = await bareInserts(databaseUrl, demoSlug, flows.answersPerSubmission, concurrency, 5);
  const ratio = flows.submissionsPerSecond / inserts;
  addRow({
    what: `3a. submissions through the routes (6 requests each, ${concurrency} at once)`,
    figure: perSecond(flows.submissionsPerSecond, "/s"),
    baseline: "—",
    ratio: null,
    target: "≥ 200 /s",
    met: flows.submissionsPerSecond >= 200,
  });
  addRow({
    what: "3b. …vs bare parameterised INSERT of the same rows (same pool size)",
    figure: perSecond(flows.submissionsPerSecond, "/s"),
    baseline: perSecond(inserts, "/s"),
    ratio,
    target: "≥ 0.30×",
    met: ratio >= 0.3,
  });
  return flows.answersPerSubmission;
}

type StaffPages = { overview: string; principle: string; queue: string; drafter: string; facilitator: string };

const staffGet = (baseUrl: string, path: string, cookie: string): Promise<LoadResult> =>
  measure({ url: baseUrl + path, connections: staffConnections, seconds: staffSeconds, headers: { cookie } });

/** Rows 4–5: the drafters' pages at 10k, 100k and 1M answers (and the queue at 100k contributions), next to a naive GROUP BY. */
export async function atScale(
  baseUrl: string,
  scale: ScaleData,
  pages: StaffPages,
  recompute: () => Promise<void>,
): Promise<void> {
  const templates = await scale.prepareTemplates();
  console.log(`  ${templates} contributions from row 3 are the templates`);
  const p95 = { overview: new Map<number, number>(), principle: new Map<number, number>() };
  const levels: Array<{ answers?: number; contributions?: number; label: string }> = [
    { answers: 10_000, label: "10k" },
    { answers: 100_000, label: "100k" },
    { contributions: 100_000, label: "queue" },
    { answers: 1_000_000, label: "1M" },
  ];
  for (const level of levels) {
    const started = performance.now();
    const size = await scale.growTo(level);
    await recompute();
    console.log(`  ${size.submissions} contributions, ${size.answers} answers (grown and recounted in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    if (level.label === "queue") {
      const queue = await staffGet(baseUrl, pages.queue, pages.facilitator);
      addRow({
        what: `5. facilitator queue ${pages.queue} at ${size.submissions} contributions (p95, ${staffConnections} conn.)`,
        figure: ms(queue.p95),
        baseline: "—",
        ratio: null,
        target: "< 100 ms",
        met: queue.p95 < 100,
      });
      continue;
    }
    const naive = await scale.naiveGroupBy();
    for (const page of ["overview", "principle"] as const) {
      const result = await staffGet(baseUrl, pages[page], pages.drafter);
      p95[page].set(level.answers!, result.p95);
      const atTarget = level.label === "1M";
      addRow({
        what: `4. drafter ${page === "overview" ? "overview /draft" : `principle ${pages.principle}`} at ${level.label} answers (p95, ${staffConnections} conn.)`,
        figure: ms(result.p95),
        baseline: `naive GROUP BY ${ms(naive)}`,
        ratio: result.p95 / naive,
        target: atTarget ? "< 100 ms" : "—",
        met: atTarget ? result.p95 < 100 : null,
      });
    }
  }
  for (const page of ["overview", "principle"] as const) {
    const growth = p95[page].get(1_000_000)! / p95[page].get(10_000)!;
    addRow({
      what: `4. drafter ${page} growth 10k → 1M answers (p95)`,
      figure: `${growth.toFixed(2)}×`,
      baseline: `${ms(p95[page].get(10_000)!)} at 10k`,
      ratio: growth,
      target: "≤ 2.00×",
      met: growth <= 2,
    });
  }
}
