/**
 * `npm run bench`: the figures of issue 15, each next to a ceiling measured
 * on this machine in the same run. Starts the built app in production mode
 * (a separate process) on a fresh embedded PostgreSQL of its own
 * (.data/bench), seeds what it needs, prints one table and writes
 * bench/results.json. It measures, it does not gate: the exit status is 0
 * whether the targets are met or not. Under 10 minutes on 2 cores.
 */
import os from "node:os";
import { freshDatabase, residentMegabytes, startApp } from "./bench/app-process.ts";
import { atScale, demoSlug, pagesAgainstShell, submissions } from "./bench/measurements.ts";
import { firstVisitBytes } from "./bench/page-weight.ts";
import { addRow, printAndSave } from "./bench/report.ts";
import { ScaleData } from "./bench/scale-data.ts";

const appPort = Number(process.env.BENCH_PORT ?? 3400);
const databasePort = Number(process.env.BENCH_DATABASE_PORT ?? 54400);
const started = performance.now();
const step = (what: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${what}`);

process.env.NODE_ENV = "production";
// A bundle of its own, built in production mode: build/ may hold one the tests built with NODE_ENV=test,
// which is not what a deployment serves (and weighs more). The app process inherits the variable.
process.env.CONVENE_BUILD_DIR ??= ".data/bench-build";
step("building if stale");
(await import("./lib/build.ts")).buildIfStale();
step("starting a fresh database and the app");
const database = await freshDatabase(databasePort);
const app = await startApp(appPort);
const loadBefore = os.loadavg();
try {
  step("rows 1–2: page shell and consultation page");
  await pagesAgainstShell(app.baseUrl);
  step("row 3: submissions");
  await submissions(app.baseUrl, database.url);

  step("rows 4–5: drafters' pages and facilitator queue at scale");
  const { getDb } = await import("../app/modules/db/db.server.ts");
  const { recomputeSummaries } = await import("../app/modules/summaries/rollups/recompute-summaries.server.ts");
  const { staffCookie } = await import("./bench/staff.ts");
  const consultation = await getDb().consultation.findUniqueOrThrow({ where: { slug: demoSlug }, select: { id: true } });
  const scale = new ScaleData(database.ownerUrl, consultation.id);
  try {
    await atScale(
      app.baseUrl,
      scale,
      {
        overview: "/draft",
        principle: "/draft/principles/1",
        queue: `/facilitate/${demoSlug}`,
        drafter: await staffCookie("drafter", demoSlug),
        facilitator: await staffCookie("facilitator", demoSlug),
      },
      async () => void (await recomputeSummaries({ batchSize: 5_000 })),
    );
  } finally {
    await scale.close();
  }

  step("row 7: first-visit bytes in Chromium");
  const weights = await firstVisitBytes(app.baseUrl, ["/", `/c/${demoSlug}`]);
  for (const [path, bytes] of Object.entries(weights)) {
    addRow({ what: `7. first visit to ${path}, JS on (transferred)`, figure: `${(bytes / 1024).toFixed(1)} KB`, baseline: "—", ratio: null, target: "≤ 150 KB", met: bytes <= 150 * 1024 });
  }
  const rss = residentMegabytes(app.pid);
  addRow({ what: "6. app process resident memory (VmRSS) after the run", figure: `${rss.toFixed(0)} MB`, baseline: "—", ratio: null, target: "< 300 MB", met: rss < 300 });
} finally {
  await app.stop();
  const { getDb } = await import("../app/modules/db/db.server.ts");
  await getDb().$disconnect();
  await database.stop();
}
printAndSave({
  finishedAt: new Date().toISOString(),
  seconds: Math.round((performance.now() - started) / 1000),
  loadAverageAtStart: loadBefore,
  loadAverageAtEnd: os.loadavg(),
  cores: os.cpus().length,
});
step("done");
process.exit(0);
