/**
 * What `npm run admin -- summaries-status` prints: how many contributions
 * wait in the outbox to be counted, how many counts are stored, and the
 * newest summaries-refresh jobs (state and times only: jobs carry no data).
 */
import { getDb } from "~/modules/db/db.server";
import { jobQueues, jobSchema } from "~/modules/jobs/job-queue.server";

export type SummaryStatus = {
  waiting: number;
  cells: number;
  /** Null when the job queue's schema is not installed (npm run db:migrate installs it). */
  jobs: Array<{ state: string; createdOn: Date; startedOn: Date | null; completedOn: Date | null }> | null;
};

export async function getSummaryStatus(): Promise<SummaryStatus> {
  const db = getDb();
  const [waiting, cells] = await Promise.all([db.summaryDirty.count(), db.summaryCell.count()]);
  const installed = await db.$queryRaw<Array<{ found: string | null }>>`SELECT to_regclass(${`${jobSchema}.job`})::text AS "found"`;
  if (!installed[0]?.found) return { waiting, cells, jobs: null };
  // The schema name is ours (a constant), not input; the queue name is a parameter.
  const jobs = await db.$queryRaw<Array<{ state: string; createdOn: Date; startedOn: Date | null; completedOn: Date | null }>>`
    SELECT "state"::text AS "state", "created_on" AS "createdOn", "started_on" AS "startedOn", "completed_on" AS "completedOn"
    FROM pgboss.job WHERE "name" = ${jobQueues.summariesRefresh.name} ORDER BY "created_on" DESC LIMIT 3`;
  return { waiting, cells, jobs };
}
