/**
 * The lens rollup (SummaryLensCell) after a seeded-random sequence of
 * self-descriptions saved, changed and deleted, approvals, holds, rejections,
 * consent changes and withdrawals, with the incremental refresh run at
 * random points and at the end: the stored lens cells equal a count from
 * scratch written here (decrypting every self-description and expanding its
 * lens keys by hand, against the facts SQL), and equal what the full
 * rebuild (`recompute-summaries`) stores. A self-description that does not
 * decrypt is counted in no lens and does not stop the refresh.
 *
 * The seed is in the test's name: a failure replays with the same events.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { moderateContribution } from "~/modules/moderation/moderate-contribution.server";
import { dimensionNames, preferNotToSay, selfDescribed, selfDescriptionDimensions, type SelfDescriptionValues } from "~/modules/self-description/dimensions";
import { changeOrWithdraw } from "~/modules/submissions/change-or-withdraw.server";
import { recomputeSummaries } from "~/modules/summaries/rollups/recompute-summaries.server";
import { refreshSummaries } from "~/modules/summaries/rollups/refresh-summaries.server";
import { summaryFactsQuery } from "~/modules/summaries/rollups/summary-facts-sql.server";
import { deleteSelfDescription, readSelfDescription, saveSelfDescription } from "../support/self-description";
import { addContribution, approvedBy, seedRollupWorld, type RollupWorld } from "./rollup-world";

const seed = 20261203;
const events = 300;

function random(seedValue: number) {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type LensRow = { consultationId: string; lens: string; theme: string; principleId: string; stance: string; contributions: number };
const order = (rows: LensRow[]) =>
  rows.map((row) => ({ ...row, contributions: Number(row.contributions) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function storedLensCells(): Promise<LensRow[]> {
  return order(await getDb().summaryLensCell.findMany());
}

/** Written without lensKeysOf or the rollup: each answered countable value, and each pair of them in dimension order. */
function groupsOf(values: SelfDescriptionValues): string[] {
  const parts = dimensionNames.flatMap((dimension) => {
    const value = values[dimension]?.value;
    return value && (selfDescriptionDimensions[dimension] as readonly string[]).includes(value) ? [`${dimension}=${value}`] : [];
  });
  const groups = [...parts];
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) groups.push(`${parts[i]}&${parts[j]}`);
  return groups;
}

/** What SummaryLensCell must hold, from scratch: the facts SQL (what counts) × every self-description that opens. */
async function lensCellsFromScratch(): Promise<LensRow[]> {
  const facts = await getDb().$queryRaw<Array<{ submissionId: string; consultationId: string; theme: string; principleId: string; stance: string }>>`
    SELECT DISTINCT f."submissionId", f."consultationId", f."theme", f."principleId", f."stance" FROM (${summaryFactsQuery("all")}) f`;
  const groups = new Map<string, string[]>();
  for (const row of await getDb().selfDescription.findMany({ select: { submissionId: true } })) {
    const values = await readSelfDescription(row.submissionId);
    if (values) groups.set(row.submissionId, groupsOf(values));
  }
  const cells = new Map<string, LensRow>();
  for (const fact of facts) {
    for (const lens of groups.get(fact.submissionId) ?? []) {
      const key = JSON.stringify([fact.consultationId, lens, fact.theme, fact.principleId, fact.stance]);
      const cell = cells.get(key) ?? { consultationId: fact.consultationId, lens, theme: fact.theme, principleId: fact.principleId, stance: fact.stance, contributions: 0 };
      cell.contributions += 1;
      cells.set(key, cell);
    }
  }
  return order([...cells.values()]);
}

let world: RollupWorld;

beforeAll(async () => {
  world = await seedRollupWorld();
});

describe("lens rollups", () => {
  it(`equal a count from scratch after ${events} random events (seed ${seed}), and the full rebuild stores the same`, async () => {
    const next = random(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const db = getDb();
    const randomValues = (): SelfDescriptionValues => {
      const values: SelfDescriptionValues = {};
      for (const dimension of dimensionNames) {
        const roll = next();
        if (roll < 0.4) continue;
        if (roll < 0.5) values[dimension] = { value: preferNotToSay };
        else if (roll < 0.55) values[dimension] = { value: selfDescribed, words: "in my own words" };
        else values[dimension] = { value: pick(selfDescriptionDimensions[dimension]) };
      }
      return values;
    };
    const newContribution = async () => {
      const id = await addContribution(world, {
        texts: 1 + Math.floor(next() * 2),
        stances: [{ questionIndex: Math.floor(next() * 100), stance: pick(["agree", "partly", "disagree", "not_sure"] as const) }],
        useInSummaries: next() < 0.9,
      });
      if (next() < 0.7) await approvedBy(world, id);
      if (next() < 0.7) await saveSelfDescription(id, randomValues());
      return id;
    };
    for (let index = 0; index < 25; index++) await newContribution();
    await refreshSummaries();
    expect(await storedLensCells()).toEqual(await lensCellsFromScratch());

    const counts: Record<string, number> = {};
    for (let step = 0; step < events; step++) {
      const live = await db.submission.findMany({
        where: { consultationId: world.consultationId, status: { notIn: ["draft", "withdrawn"] }, duplicateOfId: null },
        select: { id: true, version: true, participantId: true },
        orderBy: { id: "asc" },
      });
      const target = pick(live);
      const staff = { consultationId: world.consultationId, organisationId: world.organisationId, actorId: world.facilitatorId };
      const roll = next();
      let kind: string;
      if (roll < 0.25) {
        kind = "save self-description";
        await saveSelfDescription(target.id, randomValues());
      } else if (roll < 0.35) {
        kind = "delete self-description";
        await deleteSelfDescription(target.id);
      } else if (roll < 0.55) {
        kind = "approve";
        await moderateContribution({ ...staff, submissionId: target.id, version: target.version, decision: { decision: "approve", confirmUnreviewed: true } });
      } else if (roll < 0.62) {
        kind = "hold";
        await moderateContribution({ ...staff, submissionId: target.id, version: target.version, decision: { decision: "hold" } });
      } else if (roll < 0.67) {
        kind = "reject";
        await moderateContribution({ ...staff, submissionId: target.id, version: target.version, decision: { decision: "reject", reason: "other", note: "" } });
      } else if (roll < 0.77) {
        kind = "consent change";
        await changeOrWithdraw({
          submissionId: target.id,
          hasAccount: target.participantId !== null,
          request: { intent: "consent", choices: { useInSummaries: next() < 0.6, draftersMayQuote: false, publicQuotes: false, inboxContact: false }, answerQuoteConsent: new Map() },
        });
      } else if (roll < 0.82) {
        kind = "withdraw";
        await changeOrWithdraw({ submissionId: target.id, hasAccount: false, request: { intent: "confirmWithdraw" } });
      } else {
        kind = "new contribution";
        await newContribution();
      }
      counts[kind] = (counts[kind] ?? 0) + 1;
      if (next() < 0.05) await refreshSummaries();
    }
    await refreshSummaries();
    expect(Object.keys(counts).sort()).toEqual(
      ["approve", "consent change", "delete self-description", "hold", "new contribution", "reject", "save self-description", "withdraw"].sort(),
    );

    const stored = await storedLensCells();
    // Enough people in groups for the comparison to mean something: singles, pairs, stances.
    expect(stored.length).toBeGreaterThan(50);
    expect(stored.some((cell) => cell.lens.includes("&") && cell.stance !== "")).toBe(true);
    expect(stored).toEqual(await lensCellsFromScratch());

    await recomputeSummaries();
    expect(await storedLensCells()).toEqual(stored);
  }, 600_000);

  it("skips a self-description that does not decrypt, and keeps counting the others", async () => {
    const readable = await addContribution(world, { texts: 1 });
    const damaged = await addContribution(world, { texts: 1 });
    for (const id of [readable, damaged]) {
      await approvedBy(world, id);
      await saveSelfDescription(id, { disability: { value: "yes" } });
    }
    // Another contribution's cipher: bound to its own submission, it does not open here.
    const { valuesCipher } = await getDb().selfDescription.findUniqueOrThrow({ where: { submissionId: readable } });
    await getDb().selfDescription.update({ where: { submissionId: damaged }, data: { valuesCipher } });
    const before = await getDb().summaryLensCell.findUnique({
      where: { consultationId_lens_theme_principleId_stance: { consultationId: world.consultationId, lens: "disability=yes", theme: "", principleId: "", stance: "" } },
    });
    await refreshSummaries();
    const after = await getDb().summaryLensCell.findUniqueOrThrow({
      where: { consultationId_lens_theme_principleId_stance: { consultationId: world.consultationId, lens: "disability=yes", theme: "", principleId: "", stance: "" } },
    });
    expect(after.contributions).toBe((before?.contributions ?? 0) + 1);
    expect(await storedLensCells()).toEqual(await lensCellsFromScratch());
  });
});
