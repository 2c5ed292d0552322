/**
 * The client for drafters' read-only summary queries. With
 * DATABASE_REPLICA_URL set, it is the primary client extended with
 * @prisma/extension-read-replicas: model reads (findMany, groupBy, count …)
 * go to the replica, so heavy summary reading never competes with
 * participants' writes; writes and transactions (an audit event of an
 * export) still go to the primary. Unset, it is getDb() itself.
 *
 * Raw queries ($queryRaw) go to the primary unless asked for with
 * $replica(): the extension cannot tell a raw read from a raw write. Summary
 * reads should use the model API on SummaryCell.
 *
 * A replica lags its primary a little; summaries are refreshed by a job
 * anyway, so a count a second old is what a drafter sees either way.
 */
import { readReplicas } from "@prisma/extension-read-replicas";
import type { PrismaClient } from "~/generated/prisma/client";
import { getEnvironment } from "~/env.server";
import { createDatabaseClient, getDb } from "./db.server";

const globalStore = globalThis as unknown as { conveneSummaryDb?: { replicaUrl: string; client: PrismaClient } };

export function getSummaryDb(): PrismaClient {
  const replicaUrl = getEnvironment().DATABASE_REPLICA_URL;
  if (!replicaUrl) return getDb();
  if (globalStore.conveneSummaryDb?.replicaUrl !== replicaUrl) {
    const replica = createDatabaseClient(replicaUrl);
    // The extended client keeps PrismaClient's model API (plus $primary/$replica); callers need only that.
    const client = getDb().$extends(readReplicas({ replicas: [replica] })) as unknown as PrismaClient;
    globalStore.conveneSummaryDb = { replicaUrl, client };
  }
  return globalStore.conveneSummaryDb.client;
}
