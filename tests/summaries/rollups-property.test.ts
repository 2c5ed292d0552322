/**
 * Acceptance 3: after a seeded-random sequence of 1,000 approve / hold /
 * reject / re-tag / re-code / withdraw / consent-change / account-deletion /
 * stance-change events, with the incremental refresh run at random points
 * and at the end, SummaryCell equals a full recomputation exactly (every
 * row, every count) — and a few cells equal a direct SQL count written
 * independently of the facts SQL, so a wrong rule shared by both cannot hide.
 *
 * The seed is in the test's name: a failure replays with the same events.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Stance, Theme } from "~/generated/prisma/enums";
import { deleteParticipantAccount } from "~/modules/auth/delete-participant-account.server";
import { getDb } from "~/modules/db/db.server";
import { moderateContribution } from "~/modules/moderation/moderate-contribution.server";
import { saveCoding } from "~/modules/moderation/save-coding.server";
import { changeOrWithdraw } from "~/modules/submissions/change-or-withdraw.server";
import { refreshSummaries } from "~/modules/summaries/rollups/refresh-summaries.server";
import { addContribution, recomputedCells, seedRollupWorld, storedCells, storedCount, type RollupWorld } from "./rollup-world";

const seed = 20261202;
const events = 1_000;

/** mulberry32: small, seedable, the same sequence on every machine. */
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

const themes: Theme[] = ["prevention", "protection", "participation", "recovery"];
const stances: Stance[] = ["agree", "partly", "disagree", "not_sure"];
const languages = ["es", "en", "fr", "ar"];

let world: RollupWorld;

beforeAll(async () => {
  world = await seedRollupWorld();
});

/** Counted contributions by a direct query written without the facts SQL. */
async function directTotal(): Promise<number> {
  const [row] = await getDb().$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS "n" FROM "Submission" s JOIN "ConsentRecord" c ON c."id" = s."consentRecordId"
    WHERE s."consultationId" = ${world.consultationId} AND s."status" = 'approved' AND s."duplicateOfId" IS NULL
      AND c."useInSummaries" = true AND c."withdrawnOn" IS NULL`;
  return row.n;
}

async function directTheme(theme: Theme): Promise<number> {
  const [row] = await getDb().$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS "n" FROM "Submission" s JOIN "ConsentRecord" c ON c."id" = s."consentRecordId"
    WHERE s."consultationId" = ${world.consultationId} AND s."status" = 'approved' AND s."duplicateOfId" IS NULL
      AND c."useInSummaries" = true AND c."withdrawnOn" IS NULL
      AND EXISTS (
        SELECT 1 FROM "Answer" a JOIN "Question" q ON q."id" = a."questionId" LEFT JOIN "DraftPrinciple" qp ON qp."id" = q."principleId"
        WHERE a."submissionId" = s."id" AND CASE
          WHEN EXISTS (SELECT 1 FROM "AnswerTheme" WHERE "answerId" = a."id") OR EXISTS (SELECT 1 FROM "AnswerPrinciple" WHERE "answerId" = a."id")
            OR EXISTS (SELECT 1 FROM "AnswerEmergingTheme" WHERE "answerId" = a."id")
          THEN EXISTS (SELECT 1 FROM "AnswerTheme" WHERE "answerId" = a."id" AND "theme"::text = ${theme})
            OR EXISTS (SELECT 1 FROM "AnswerPrinciple" ap JOIN "DraftPrinciple" d ON d."id" = ap."principleId" WHERE ap."answerId" = a."id" AND d."theme"::text = ${theme})
          ELSE q."theme"::text = ${theme} OR qp."theme"::text = ${theme}
        END)`;
  return row.n;
}

async function directStance(principleId: string, stance: Stance): Promise<number> {
  const [row] = await getDb().$queryRaw<[{ n: number }]>`
    SELECT count(*)::int AS "n" FROM "Submission" s JOIN "ConsentRecord" c ON c."id" = s."consentRecordId"
    WHERE s."consultationId" = ${world.consultationId} AND s."status" = 'approved' AND s."duplicateOfId" IS NULL
      AND c."useInSummaries" = true AND c."withdrawnOn" IS NULL
      AND EXISTS (
        SELECT 1 FROM "Answer" a JOIN "Question" q ON q."id" = a."questionId"
        WHERE a."submissionId" = s."id" AND a."stance"::text = ${stance} AND CASE
          WHEN EXISTS (SELECT 1 FROM "AnswerTheme" WHERE "answerId" = a."id") OR EXISTS (SELECT 1 FROM "AnswerPrinciple" WHERE "answerId" = a."id")
            OR EXISTS (SELECT 1 FROM "AnswerEmergingTheme" WHERE "answerId" = a."id")
          THEN EXISTS (SELECT 1 FROM "AnswerPrinciple" WHERE "answerId" = a."id" AND "principleId" = ${principleId})
          ELSE q."principleId" = ${principleId}
        END)`;
  return row.n;
}

describe("incremental rollups equal a full recomputation", () => {
  it(`after ${events} random events (seed ${seed})`, async () => {
    const next = random(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const db = getDb();
    const participants: string[] = [];
    const newContribution = async () => {
      const withAccount = next() < 0.3;
      const participantId = withAccount ? (await db.participant.create({ data: { pseudonymKey: `rollup-${participants.length}-${next()}`, passphraseHash: "x" } })).id : null;
      if (participantId) participants.push(participantId);
      const stanceCount = Math.floor(next() * 3);
      return addContribution(world, {
        language: pick(languages),
        texts: Math.floor(next() * 3),
        stances: Array.from({ length: stanceCount }, () => ({ questionIndex: Math.floor(next() * 100), stance: pick(stances) })),
        participantId,
        useInSummaries: next() < 0.9,
      });
    };
    for (let index = 0; index < 30; index++) await newContribution();
    await refreshSummaries();

    const counts: Record<string, number> = {};
    for (let step = 0; step < events; step++) {
      const live = await db.submission.findMany({
        where: { consultationId: world.consultationId, status: { notIn: ["draft", "withdrawn"] }, duplicateOfId: null },
        select: { id: true, version: true, participantId: true },
      });
      const target = pick(live);
      const roll = next();
      const staff = { consultationId: world.consultationId, organisationId: world.organisationId, actorId: world.facilitatorId };
      let kind: string;
      if (roll < 0.3) {
        kind = "approve";
        await moderateContribution({ ...staff, submissionId: target.id, version: target.version, decision: { decision: "approve", confirmUnreviewed: true } });
      } else if (roll < 0.37) {
        kind = "hold";
        await moderateContribution({ ...staff, submissionId: target.id, version: target.version, decision: { decision: "hold" } });
      } else if (roll < 0.44) {
        kind = "reject";
        await moderateContribution({ ...staff, submissionId: target.id, version: target.version, decision: { decision: "reject", reason: "other", note: "" } });
      } else if (roll < 0.58) {
        kind = next() < 0.5 ? "re-tag theme" : "re-code principle";
        const answers = await db.answer.findMany({ where: { submissionId: target.id }, select: { id: true } });
        const coding = new Map(
          answers.map((answer) => [
            answer.id,
            kind === "re-tag theme"
              ? { themes: themes.filter(() => next() < 0.4), principleIds: [], emergingThemeIds: [] }
              : { themes: [], principleIds: world.principleIds.filter(() => next() < 0.15), emergingThemeIds: [] },
          ]),
        );
        await saveCoding({ ...staff, submissionId: target.id, version: target.version, coding });
      } else if (roll < 0.7) {
        kind = "stance change";
        await db.answer.updateMany({ where: { submissionId: target.id, stance: { not: null } }, data: { stance: pick(stances) } });
      } else if (roll < 0.82) {
        kind = "consent change";
        const useInSummaries = next() < 0.6;
        await changeOrWithdraw({
          submissionId: target.id,
          hasAccount: target.participantId !== null,
          request: { intent: "consent", choices: { useInSummaries, draftersMayQuote: false, publicQuotes: false, inboxContact: false }, answerQuoteConsent: new Map() },
        });
      } else if (roll < 0.87) {
        kind = "withdraw";
        await changeOrWithdraw({ submissionId: target.id, hasAccount: false, request: { intent: "confirmWithdraw" } });
      } else if (roll < 0.9 && participants.length > 0) {
        kind = "account deletion";
        const participantId = participants.splice(Math.floor(next() * participants.length), 1)[0]!;
        await deleteParticipantAccount(participantId);
      } else {
        kind = "new contribution";
        await newContribution();
      }
      counts[kind] = (counts[kind] ?? 0) + 1;
      if (next() < 0.05) await refreshSummaries();
    }
    await refreshSummaries();

    // Every kind of event happened, and enough input ended up counted for the comparison to mean something.
    expect(Object.keys(counts).sort()).toEqual(
      ["account deletion", "approve", "consent change", "hold", "new contribution", "re-code principle", "re-tag theme", "reject", "stance change", "withdraw"].sort(),
    );
    const cells = await storedCells();
    expect(cells.length).toBeGreaterThan(20);
    expect(cells).toEqual(await recomputedCells());

    // Independent of the facts SQL: the total, every theme, and every stance of two principles.
    expect(await storedCount({ consultationId: world.consultationId })).toBe(await directTotal());
    expect(await directTotal()).toBeGreaterThan(5);
    for (const theme of themes) expect(await storedCount({ consultationId: world.consultationId, theme }), theme).toBe(await directTheme(theme));
    for (const question of world.stanceQuestions.slice(0, 2)) {
      const principle = await db.draftPrinciple.findUniqueOrThrow({ where: { id: question.principleId } });
      for (const stance of stances) {
        expect(await storedCount({ consultationId: world.consultationId, theme: principle.theme, principleId: principle.id, stance }), stance).toBe(
          await directStance(principle.id, stance),
        );
      }
    }
  }, 600_000);
});
