/**
 * The PostgreSQL-backed job queue (pg-boss 10; 11 needs Node 22).
 *
 * pg-boss keeps its tables in a schema of its own, `pgboss`, and creating a
 * queue is DDL (a partition per queue). The app connects as a role that may
 * not change any schema (scripts/lib/app-role.ts), so the schema and every
 * queue are installed by the owner — `npm run db:migrate` and every boot run
 * installJobQueue() after the Prisma migrations — and the app role is
 * granted row access to it; the app's own instance starts with
 * migrate: false and only checks that the schema is current.
 *
 * No job carries data about anyone: the summary job drains the outbox
 * table, so its payload is empty (pg-boss keeps finished jobs for days).
 */
import PgBoss from "pg-boss";

export const jobSchema = "pgboss";

/** Every queue the app uses, with its policy; installed by the owner. */
export const jobQueues = {
  /**
   * Refreshes the summary rollups. "stately": at most one job waiting and
   * one running, so a burst of writes collapses into one more run — and a
   * write committed while a run is under way still gets a run after it.
   */
  summariesRefresh: { name: "summaries-refresh", policy: "stately", retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60 },
} as const satisfies Record<string, PgBoss.Queue>;

/** pg-boss's own queue for cron schedules (its timekeeper creates it on start, which the app role cannot). */
const scheduleQueue = "__pgboss__send-it";

/**
 * As the owner: installs or migrates pg-boss's schema and creates every
 * queue (idempotent; pg-boss serialises concurrent installs with an advisory lock).
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: jobSchema, max: 2, migrate: true, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    for (const queue of Object.values(jobQueues)) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
    if (!(await boss.getQueue(scheduleQueue))) await boss.createQueue(scheduleQueue);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

const globalStore = globalThis as unknown as { conveneJobQueue?: PgBoss };

/**
 * Starts this process's queue as the app role: workers, the cron schedules
 * and pg-boss's maintenance. Kept on globalThis because the server build
 * (where writers ask for jobs) and scripts/start.ts (which starts this) are
 * separate module graphs in one process.
 */
export async function startJobQueue(connectionString: string, onError: (error: Error) => void): Promise<PgBoss> {
  if (globalStore.conveneJobQueue) return globalStore.conveneJobQueue;
  const boss = new PgBoss({ connectionString, schema: jobSchema, max: 4, migrate: false, application_name: "convene-jobs" });
  boss.on("error", onError);
  await boss.start();
  globalStore.conveneJobQueue = boss;
  return boss;
}

/** The running queue of this process, if it runs one (the app server does; tests may). */
export function runningJobQueue(): PgBoss | undefined {
  return globalStore.conveneJobQueue;
}

export async function stopJobQueue(options: { graceful?: boolean; timeout?: number } = {}): Promise<void> {
  const boss = globalStore.conveneJobQueue;
  if (!boss) return;
  globalStore.conveneJobQueue = undefined;
  await boss.stop({ graceful: options.graceful ?? true, timeout: options.timeout ?? 5_000, wait: true });
}
