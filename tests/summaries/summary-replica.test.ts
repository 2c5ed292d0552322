/**
 * Acceptance 5: with DATABASE_REPLICA_URL set, drafters' summary reads
 * (getSummaryDb) go to the replica and writes do not. The "replica" is a
 * second migrated database holding a marker row the primary lacks, so
 * where a read was answered is visible in what it returns.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { getSummaryDb } from "~/modules/db/summary-db.server";
import { refreshSummaries } from "~/modules/summaries/rollups/refresh-summaries.server";
import { contributionsByRegion } from "~/modules/summaries/summary-tables.server";
import { createScratchDatabase, queryDatabase } from "../support/scratch-database";
import { addContribution, seedRollupWorld, type RollupWorld } from "./rollup-world";

let replicaUrl: string;
let world: RollupWorld;
const marker = { consultationId: "replica-marker", theme: "", principleId: "", language: "xx", kind: "online" as const, stance: "", contributions: 7 };

beforeAll(async () => {
  replicaUrl = await createScratchDatabase({ migrated: true });
  await queryDatabase(
    replicaUrl,
    `INSERT INTO "SummaryCell" ("consultationId", "theme", "principleId", "language", "kind", "stance", "contributions") VALUES ($1, '', '', 'xx', 'online', '', 7)`,
    [marker.consultationId],
  );
  // Before the environment is first read (getEnvironment caches it).
  process.env.DATABASE_REPLICA_URL = replicaUrl;
  world = await seedRollupWorld();
});

describe("the summary read replica", () => {
  it("answers summary reads from the replica", async () => {
    expect(await getSummaryDb().summaryCell.findMany({ where: { consultationId: marker.consultationId } })).toEqual([marker]);
    expect(await getSummaryDb().summaryCell.count({ where: { consultationId: marker.consultationId } })).toBe(1);
    // The primary has no such row: the read above was not answered there.
    expect(await getDb().summaryCell.count({ where: { consultationId: marker.consultationId } })).toBe(0);
  });

  it("is where the drafters' summary tables read their counts", async () => {
    const region = { consultationId: marker.consultationId, slug: "marker", title: "Marker", city: "", country: "", k: 5, languages: ["xx"], draftVersionId: null, dimensions: [] };
    const table = await contributionsByRegion([region], {});
    expect(table.counts.cells).toEqual([[{ kind: "count", value: 7 }]]);
  });

  it("sends writes to the primary, never to the replica", async () => {
    const id = await addContribution(world, { status: "approved" });
    // A write through the summary client itself…
    await getSummaryDb().summaryDirty.upsert({
      where: { submissionId: id },
      create: { submissionId: id, consultationId: world.consultationId },
      update: {},
    });
    // …and the refresh's (the job's) writes.
    await refreshSummaries();
    const onPrimary = await getDb().summaryCell.count({ where: { consultationId: world.consultationId } });
    expect(onPrimary).toBeGreaterThan(0);
    const onReplica = await queryDatabase<{ n: string }>(replicaUrl, `SELECT count(*) AS n FROM "SummaryCell" WHERE "consultationId" = $1`, [world.consultationId]);
    expect(onReplica[0]!.n).toBe("0");
    const dirtyOnReplica = await queryDatabase<{ n: string }>(replicaUrl, `SELECT count(*) AS n FROM "SummaryDirty"`);
    expect(dirtyOnReplica[0]!.n).toBe("0");
    // Reads in a transaction go to the primary (they may follow a write).
    const inTransaction = await getSummaryDb().$transaction((tx) => tx.summaryCell.count({ where: { consultationId: world.consultationId } }));
    expect(inTransaction).toBe(onPrimary);
  });
});
