/**
 * Shared by the rollup tests: the demo consultation (free-text and stance
 * questions on several principles of the four themes), contributions
 * written through the app's own encryption (seedSampleContributions) plus
 * stance answers, the real modules that change them, and two ways to read
 * the counts: SummaryCell as the refresh left it, and a full recomputation
 * straight from the facts SQL.
 */
import { randomUUID } from "node:crypto";
import type { Stance, SubmissionStatus } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { moderateContribution, type Decision } from "~/modules/moderation/moderate-contribution.server";
import { summaryFactsQuery } from "~/modules/summaries/rollups/summary-facts-sql.server";

export type RollupWorld = {
  consultationId: string;
  organisationId: string;
  facilitatorId: string;
  freeTextQuestionCount: number;
  stanceQuestions: Array<{ id: string; principleId: string }>;
  principleIds: string[];
};

export async function seedRollupWorld(): Promise<RollupWorld> {
  const db = getDb();
  await seedDemo(db);
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: {
      id: true,
      hosts: { select: { organisationId: true } },
      draftVersion: { select: { principles: { select: { id: true } } } },
      questions: { select: { id: true, kind: true, principleId: true } },
    },
  });
  const facilitator = await db.staffUser.create({ data: { username: `rollup-facilitator-${randomUUID().slice(0, 8)}`, passphraseHash: "x" } });
  return {
    consultationId: consultation.id,
    organisationId: consultation.hosts[0]!.organisationId,
    facilitatorId: facilitator.id,
    freeTextQuestionCount: consultation.questions.filter((question) => question.kind === "free_text").length,
    stanceQuestions: consultation.questions
      .filter((question) => question.kind === "stance" && question.principleId !== null)
      .map((question) => ({ id: question.id, principleId: question.principleId! })),
    principleIds: (consultation.draftVersion?.principles ?? []).map((principle) => principle.id),
  };
}

/** One contribution with `texts` free-text answers and the given stance answers; returns its id. */
export async function addContribution(
  world: RollupWorld,
  options: {
    language?: string;
    texts?: number;
    stances?: ReadonlyArray<{ questionIndex: number; stance: Stance }>;
    status?: SubmissionStatus;
    participantId?: string | null;
    useInSummaries?: boolean;
  } = {},
): Promise<string> {
  const texts = Array.from({ length: Math.min(options.texts ?? 2, world.freeTextQuestionCount) }, (_, index) => `Answer number ${index + 1}.`);
  const [id] = await seedSampleContributions(getDb(), world.consultationId, [
    {
      language: options.language ?? "es",
      texts,
      status: options.status ?? "received",
      participantId: options.participantId ?? null,
      choices: { useInSummaries: options.useInSummaries ?? true },
    },
  ]);
  const answered = new Set<string>();
  for (const { questionIndex, stance } of options.stances ?? []) {
    const question = world.stanceQuestions[questionIndex % world.stanceQuestions.length]!;
    // One answer per question (the schema's rule): a repeat is skipped.
    if (answered.has(question.id)) continue;
    answered.add(question.id);
    await getDb().answer.create({ data: { submissionId: id!, questionId: question.id, principleId: question.principleId, stance } });
  }
  return id!;
}

/** A decision by the world's facilitator through the real moderation use case, on the item's current version. */
export async function moderateAsFacilitator(world: RollupWorld, submissionId: string, decision: Decision): Promise<string> {
  const { version } = await getDb().submission.findUniqueOrThrow({ where: { id: submissionId }, select: { version: true } });
  const result = await moderateContribution({
    submissionId,
    consultationId: world.consultationId,
    organisationId: world.organisationId,
    actorId: world.facilitatorId,
    version,
    decision,
  });
  return result.kind;
}

export const approvedBy = (world: RollupWorld, submissionId: string) => moderateAsFacilitator(world, submissionId, { decision: "approve", confirmUnreviewed: true });

export type CellRow = { consultationId: string; theme: string; principleId: string; language: string; kind: string; stance: string; contributions: number };

const order = (rows: CellRow[]) =>
  rows
    .map((row) => ({ ...row, contributions: Number(row.contributions) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** SummaryCell as stored. */
export async function storedCells(): Promise<CellRow[]> {
  return order(
    await getDb().$queryRaw<CellRow[]>`
      SELECT "consultationId", "theme", "principleId", "language", "kind"::text AS "kind", "stance", "contributions" FROM "SummaryCell"`,
  );
}

/** What SummaryCell must hold: a full recomputation from the facts SQL, into memory (nothing written). */
export async function recomputedCells(): Promise<CellRow[]> {
  return order(
    await getDb().$queryRaw<CellRow[]>`
      SELECT f."consultationId", f."theme", f."principleId", f."language", f."kind"::text AS "kind", f."stance",
        count(DISTINCT f."submissionId")::int AS "contributions"
      FROM (${summaryFactsQuery("all")}) f
      GROUP BY 1, 2, 3, 4, 5, 6`,
  );
}

/** One cell's stored count (0 when it has no row), summed over languages and kinds. */
export async function storedCount(key: { consultationId: string; theme?: string; principleId?: string; stance?: string }): Promise<number> {
  const [row] = await getDb().$queryRaw<[{ total: number }]>`
    SELECT COALESCE(sum("contributions"), 0)::int AS "total" FROM "SummaryCell"
    WHERE "consultationId" = ${key.consultationId} AND "theme" = ${key.theme ?? ""} AND "principleId" = ${key.principleId ?? ""} AND "stance" = ${key.stance ?? ""}`;
  return row.total;
}
