/**
 * The summaries-refresh job: a worker that drains the SummaryDirty outbox
 * (refreshSummaries), asked for by writers right after their transaction
 * commits, and a schedule every minute as the safety net.
 *
 * The database triggers make the outbox complete — no writer can forget to
 * mark what it changed — so a request here only makes the refresh prompt:
 * when it is lost (no queue in this process, the database busy) the next
 * scheduled run drains the same rows. The job carries no data at all.
 */
import type PgBoss from "pg-boss";
import { jobQueues, runningJobQueue } from "~/modules/jobs/job-queue.server";
import { errorForLog, logger } from "~/modules/logging/logger.server";
import { refreshSummaries } from "./refresh-summaries.server";

const queue = jobQueues.summariesRefresh.name;
// On globalThis like the queue itself: the server build's copy of this module asks, scripts/start.ts's copy started the worker.
const globalStore = globalThis as unknown as { conveneSummaryWorker?: { boss: PgBoss; id: string } };

/**
 * Asks for a refresh of the summary rollups. Call after the transaction
 * that changed input commits (before it, the job could run and find
 * nothing). Never throws: a writer's answer must not depend on the queue.
 */
export async function requestSummaryRefresh(): Promise<void> {
  const boss = runningJobQueue();
  if (!boss) return;
  try {
    // Null when a job is already waiting (stately): that one will see this change too.
    await boss.send(queue, {});
    // Wakes this process's worker now instead of at its next poll.
    const worker = globalStore.conveneSummaryWorker;
    if (worker?.boss === boss) boss.notifyWorker(worker.id);
  } catch (error) {
    logger.warn({ err: errorForLog(error) }, "could not ask for a summaries refresh; the scheduled run will do it");
  }
}

/** Registers the worker and the every-minute schedule on a started queue. */
export async function startSummaryWorker(boss: PgBoss, options: { pollingIntervalSeconds?: number } = {}): Promise<void> {
  const workerId = await boss.work(queue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async () => {
    const result = await refreshSummaries();
    // Counts only: never which submissions.
    if (result.submissions > 0) logger.info({ submissions: result.submissions, cells: result.cells }, "summaries refreshed");
    return result;
  });
  globalStore.conveneSummaryWorker = { boss, id: workerId };
  await boss.schedule(queue, "* * * * *", {});
}
