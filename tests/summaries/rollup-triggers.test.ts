/**
 * The summary outbox: every kind of write that can move a count marks its
 * submission in SummaryDirty by a database trigger (in the writer's own
 * transaction), through the app's real use cases — and the incremental
 * refresh then leaves SummaryCell equal to a full recomputation with the
 * count moved as it should.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteParticipantAccount } from "~/modules/auth/delete-participant-account.server";
import { getDb } from "~/modules/db/db.server";
import { recordInPersonSpeaker } from "~/modules/in-person/record-in-person-speaker.server";
import { startInPersonSession } from "~/modules/in-person/start-in-person-session.server";
import { mergeExactDuplicates } from "~/modules/moderation/merge-duplicates.server";
import type { Decision } from "~/modules/moderation/moderate-contribution.server";
import { saveCoding } from "~/modules/moderation/save-coding.server";
import { changeOrWithdraw } from "~/modules/submissions/change-or-withdraw.server";
import { countIncludedInput } from "~/modules/submissions/included-input.server";
import { recomputeSummaries } from "~/modules/summaries/rollups/recompute-summaries.server";
import { refreshSummaries } from "~/modules/summaries/rollups/refresh-summaries.server";
import { addContribution, moderateAsFacilitator, recomputedCells, seedRollupWorld, storedCells, storedCount, type RollupWorld } from "./rollup-world";

let world: RollupWorld;

beforeAll(async () => {
  world = await seedRollupWorld();
  await refreshSummaries();
});

async function isDirty(submissionId: string): Promise<boolean> {
  return (await getDb().summaryDirty.count({ where: { submissionId } })) === 1;
}


async function moderate(submissionId: string, decision: Decision) {
  expect(await moderateAsFacilitator(world, submissionId, decision)).toBe("done");
}

const approve = (id: string) => moderate(id, { decision: "approve", confirmUnreviewed: true });

/** Refreshes, and checks the incremental tables equal a full recomputation. */
async function refreshAndCompare() {
  await refreshSummaries();
  expect(await getDb().summaryDirty.count()).toBe(0);
  expect(await storedCells()).toEqual(await recomputedCells());
}

const total = () => storedCount({ consultationId: world.consultationId });

/** Expects `write` to mark `submissionId`, and the refresh to move the total by `change`. */
async function expectMarked(submissionId: string, write: () => Promise<unknown>, change: number) {
  await refreshSummaries();
  const before = await total();
  expect(await isDirty(submissionId)).toBe(false);
  await write();
  expect(await isDirty(submissionId)).toBe(true);
  await refreshAndCompare();
  expect(await total()).toBe(before + change);
}

async function code(submissionId: string, coding: { themes: Array<"prevention" | "protection" | "participation" | "recovery">; principleIds: string[] }) {
  const answers = await getDb().answer.findMany({ where: { submissionId }, select: { id: true } });
  const { version } = await getDb().submission.findUniqueOrThrow({ where: { id: submissionId }, select: { version: true } });
  const result = await saveCoding({
    submissionId,
    consultationId: world.consultationId,
    organisationId: world.organisationId,
    actorId: world.facilitatorId,
    version,
    coding: new Map(answers.map((answer) => [answer.id, { ...coding, emergingThemeIds: [] }])),
  });
  expect(result.kind).toBe("saved");
}

describe("the summary outbox triggers, through the app's use cases", () => {
  it("approve marks the contribution and counts it", async () => {
    const id = await addContribution(world);
    await expectMarked(id, () => approve(id), 1);
  });

  it("reject after approve, and hold after approve, take it out again", async () => {
    const rejected = await addContribution(world);
    await approve(rejected);
    await expectMarked(rejected, () => moderate(rejected, { decision: "reject", reason: "off_topic", note: "" }), -1);
    const held = await addContribution(world);
    await approve(held);
    await expectMarked(held, () => moderate(held, { decision: "hold" }), -1);
  });

  it("re-coding a theme and a principle moves the contribution between theme and principle cells", async () => {
    const id = await addContribution(world, { texts: 1 });
    await approve(id);
    await refreshSummaries();
    const recovery = () => storedCount({ consultationId: world.consultationId, theme: "recovery" });
    const before = await recovery();
    await expectMarked(id, () => code(id, { themes: ["recovery"], principleIds: [] }), 0);
    expect(await recovery()).toBe(before + 1);
    const principle = await getDb().draftPrinciple.findFirstOrThrow({ where: { id: { in: world.principleIds }, theme: "participation" } });
    const principleCount = () => storedCount({ consultationId: world.consultationId, theme: "participation", principleId: principle.id });
    const beforePrinciple = await principleCount();
    await expectMarked(id, () => code(id, { themes: ["recovery"], principleIds: [principle.id] }), 0);
    expect(await principleCount()).toBe(beforePrinciple + 1);
  });

  it("a stance change moves the stance cells", async () => {
    const id = await addContribution(world, { stances: [{ questionIndex: 0, stance: "agree" }] });
    await approve(id);
    await refreshSummaries();
    const question = world.stanceQuestions[0]!;
    const principle = await getDb().draftPrinciple.findUniqueOrThrow({ where: { id: question.principleId } });
    const stanceCount = (stance: string) => storedCount({ consultationId: world.consultationId, theme: principle.theme, principleId: principle.id, stance });
    const [agree, disagree] = [await stanceCount("agree"), await stanceCount("disagree")];
    await expectMarked(id, () => getDb().answer.updateMany({ where: { submissionId: id, questionId: question.id }, data: { stance: "disagree" } }), 0);
    expect([await stanceCount("agree"), await stanceCount("disagree")]).toEqual([agree - 1, disagree + 1]);
  });

  it("withdrawal through the participant's own path takes it out", async () => {
    const id = await addContribution(world);
    await approve(id);
    await expectMarked(id, () => changeOrWithdraw({ submissionId: id, hasAccount: false, request: { intent: "confirmWithdraw" } }), -1);
  });

  it("taking back consent to summaries takes it out, giving it again puts it back", async () => {
    const id = await addContribution(world);
    await approve(id);
    const choices = { useInSummaries: false, draftersMayQuote: false, publicQuotes: false, inboxContact: false };
    const request = (useInSummaries: boolean) =>
      changeOrWithdraw({ submissionId: id, hasAccount: false, request: { intent: "consent", choices: { ...choices, useInSummaries }, answerQuoteConsent: new Map() } });
    await expectMarked(id, () => request(false), -1);
    await expectMarked(id, () => request(true), 1);
  });

  it("deleting the account takes its contributions out", async () => {
    const participant = await getDb().participant.create({ data: { pseudonymKey: "rollup-deleted-account", passphraseHash: "x" } });
    const id = await addContribution(world, { participantId: participant.id });
    await approve(id);
    await refreshSummaries();
    const before = await total();
    await deleteParticipantAccount(participant.id);
    expect(await isDirty(id)).toBe(true);
    await refreshAndCompare();
    expect(await total()).toBe(before - 1);
  });

  it("merging an exact duplicate counts the person's words once", async () => {
    const participant = await getDb().participant.create({ data: { pseudonymKey: "rollup-duplicates", passphraseHash: "x" } });
    const first = await addContribution(world, { participantId: participant.id, texts: 1 });
    const second = await addContribution(world, { participantId: participant.id, texts: 1 });
    await approve(first);
    await approve(second);
    await refreshSummaries();
    const before = await total();
    const merged = await mergeExactDuplicates({ consultationId: world.consultationId, organisationId: world.organisationId, actorId: world.facilitatorId });
    expect(merged.merged).toBe(1);
    // Which one is kept depends on the order of their ids (both arrived the same day).
    const duplicate = await getDb().submission.findFirstOrThrow({ where: { id: { in: [first, second] }, duplicateOfId: { not: null } } });
    expect(await isDirty(duplicate.id)).toBe(true);
    await refreshAndCompare();
    expect(await total()).toBe(before - 1);
  });

  it("input entered from an in-person session is marked, and counts as in-person once approved", async () => {
    const session = await startInPersonSession({
      consultationId: world.consultationId,
      actorId: world.facilitatorId,
      organisationIds: [world.organisationId],
      heldOn: "2026-01-15",
      place: "Community hall",
      language: "es",
      peoplePresent: 4,
    });
    if (!session.ok) throw new Error(session.error);
    const question = await getDb().question.findFirstOrThrow({ where: { consultationId: world.consultationId, kind: "free_text" } });
    const saved = await recordInPersonSpeaker({
      consultationId: world.consultationId,
      sessionId: session.sessionId,
      actorId: world.facilitatorId,
      organisationIds: [world.organisationId],
      formKey: "rollup-in-person-form",
      consentBasis: "oral",
      consentReference: "witnessed by the co-facilitator",
      choices: { useInSummaries: true, draftersMayQuote: false, publicQuotes: false, inboxContact: false },
      answers: new Map([[question.id, "What the speaker said."]]),
    });
    if (saved.kind !== "saved") throw new Error(saved.kind);
    expect(await isDirty(saved.submissionId)).toBe(true);
    await refreshAndCompare();
    await expectMarked(saved.submissionId, () => approve(saved.submissionId), 1);
    const inPerson = await getDb().summaryCell.findFirst({ where: { consultationId: world.consultationId, theme: "", kind: "in_person" } });
    expect(inPerson?.contributions).toBe(1);
  });

  it("moving a question or a principle to another theme marks every contribution that answered it", async () => {
    const id = await addContribution(world, { texts: 0, stances: [{ questionIndex: 1, stance: "partly" }] });
    await approve(id);
    const question = world.stanceQuestions[1]!;
    const principle = await getDb().draftPrinciple.findUniqueOrThrow({ where: { id: question.principleId } });
    const other = principle.theme === "recovery" ? "prevention" : "recovery";
    await expectMarked(id, () => getDb().draftPrinciple.update({ where: { id: principle.id }, data: { theme: other } }), 0);
    expect(await storedCount({ consultationId: world.consultationId, theme: other, principleId: principle.id, stance: "partly" })).toBeGreaterThan(0);
    const { theme } = await getDb().question.findUniqueOrThrow({ where: { id: question.id } });
    await expectMarked(id, () => getDb().question.update({ where: { id: question.id }, data: { theme: theme === "protection" ? "participation" : "protection" } }), 0);
  });

  it("a change still uncommitted while a refresh runs is counted by the next refresh, not lost", async () => {
    const id = await addContribution(world, { texts: 0, stances: [{ questionIndex: 2, stance: "agree" }] });
    await approve(id);
    await refreshSummaries();
    // The contribution is marked (committed) again, then a writer changes it and stays open while a refresh runs.
    await getDb().$executeRaw`INSERT INTO "SummaryDirty" ("submissionId", "consultationId") VALUES (${id}, ${world.consultationId})`;
    const writer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await writer.connect();
    try {
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Answer" SET "stance" = 'not_sure' WHERE "submissionId" = $1 AND "stance" IS NOT NULL`, [id]);
      await refreshSummaries();
      await writer.query("COMMIT");
    } finally {
      await writer.end();
    }
    await refreshAndCompare();
  });

  it("the full rebuild gives the same cells, and the participant-facing count is the rollups' own", async () => {
    const incremental = await storedCells();
    await addContribution(world, { status: "received" });
    await addContribution(world, { status: "approved", useInSummaries: false });
    const progress: number[] = [];
    const result = await recomputeSummaries({ batchSize: 3, onProgress: ({ done }) => progress.push(done) });
    expect(progress.length).toBeGreaterThan(2);
    expect(await storedCells()).toEqual(incremental);
    expect(result.submissions).toBe(await total());
    const included = await countIncludedInput(world.consultationId);
    expect(included.total).toBe(await total());
    expect(included.byTheme.recovery).toBe(await storedCount({ consultationId: world.consultationId, theme: "recovery" }));
  });

  it("npm run admin -- recompute-summaries rebuilds lost cells from scratch and prints its progress", async () => {
    await refreshSummaries();
    await getDb().$executeRaw`DELETE FROM "SummaryCell"`;
    const projectRoot = path.resolve(__dirname, "../..");
    const run = spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/admin.ts", "recompute-summaries"], {
      cwd: projectRoot,
      env: process.env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Recomputing summaries: \d+ of \d+ approved contribution\(s\)/);
    expect(run.stdout).toContain(`Rebuilt the summaries: ${await total()} contribution(s) counted`);
    // What the command wrote is what the facts SQL says now (the incremental path has its own tests above).
    expect(await storedCells()).toEqual(await recomputedCells());
  }, 60_000);
});
