/**
 * THE definition of what a contribution adds to the summary rollups, as one
 * SQL query: the incremental refresh (refresh-summaries.server.ts), the full
 * rebuild (recompute-summaries.server.ts) and the participant-facing
 * "included" counts all run this same text, so they cannot disagree.
 *
 * Counted: status approved, not a merged duplicate, and its consent record
 * still allows summaries (useInSummaries, not withdrawn) — the SQL form of
 * mayUseInSummaries in app/modules/consent/consent-choices.ts.
 *
 * Facts of a counted submission, distinct (sentinel "" = any):
 *   ("", "", "")       once: it counts at all;
 *   (T, "", "")        each theme T of its answers, and the theme of each of their principles;
 *   (theme(P), P, "")  each principle P of its answers;
 *   (theme(P), P, S)   each stance S an answer gives on its principle P.
 * An answer's themes and principles are its coding (AnswerTheme,
 * AnswerPrinciple) once a facilitator coded it at all (any coding row,
 * emerging themes included), else its question's theme and principle.
 */
import { Prisma } from "~/generated/prisma/client";

export type FactScope = { submissionIds: readonly string[] } | { consultationId: string } | "all";

function scopeCondition(scope: FactScope): Prisma.Sql {
  if (scope === "all") return Prisma.sql`TRUE`;
  if ("consultationId" in scope) return Prisma.sql`s."consultationId" = ${scope.consultationId}`;
  return Prisma.sql`s."id" = ANY(${[...scope.submissionIds]}::text[])`;
}

/**
 * Rows (submissionId, consultationId, theme, principleId, language, kind, stance)
 * of the counted submissions in scope. `kind` is the SubmissionKind enum.
 */
export function summaryFactsQuery(scope: FactScope): Prisma.Sql {
  return Prisma.sql`
    WITH counted AS (
      SELECT s."id", s."consultationId", s."language", s."kind"
      FROM "Submission" s
      JOIN "ConsentRecord" c ON c."id" = s."consentRecordId"
      WHERE s."status" = 'approved' AND s."duplicateOfId" IS NULL
        AND c."useInSummaries" AND c."withdrawnOn" IS NULL
        AND ${scopeCondition(scope)}
    ),
    answers AS (
      SELECT a."id", a."submissionId", a."stance"::text AS "stance", q."theme"::text AS "questionTheme", q."principleId" AS "questionPrinciple",
        (EXISTS (SELECT 1 FROM "AnswerTheme" t WHERE t."answerId" = a."id")
          OR EXISTS (SELECT 1 FROM "AnswerPrinciple" p WHERE p."answerId" = a."id")
          OR EXISTS (SELECT 1 FROM "AnswerEmergingTheme" e WHERE e."answerId" = a."id")) AS "coded"
      FROM "Answer" a
      JOIN counted ON counted."id" = a."submissionId"
      JOIN "Question" q ON q."id" = a."questionId"
    ),
    answer_themes AS (
      SELECT a."id" AS "answerId", t."theme"::text AS "theme" FROM answers a JOIN "AnswerTheme" t ON t."answerId" = a."id" WHERE a."coded"
      UNION
      SELECT a."id", a."questionTheme" FROM answers a WHERE NOT a."coded"
    ),
    answer_principles AS (
      SELECT a."id" AS "answerId", p."principleId" FROM answers a JOIN "AnswerPrinciple" p ON p."answerId" = a."id" WHERE a."coded"
      UNION
      SELECT a."id", a."questionPrinciple" FROM answers a WHERE NOT a."coded" AND a."questionPrinciple" IS NOT NULL
    ),
    facts AS (
      SELECT c."id" AS "submissionId", '' AS "theme", '' AS "principleId", '' AS "stance" FROM counted c
      UNION
      SELECT a."submissionId", t."theme", '', '' FROM answer_themes t JOIN answers a ON a."id" = t."answerId"
      UNION
      SELECT a."submissionId", d."theme"::text, '', '' FROM answer_principles ap
        JOIN answers a ON a."id" = ap."answerId" JOIN "DraftPrinciple" d ON d."id" = ap."principleId"
      UNION
      SELECT a."submissionId", d."theme"::text, d."id", '' FROM answer_principles ap
        JOIN answers a ON a."id" = ap."answerId" JOIN "DraftPrinciple" d ON d."id" = ap."principleId"
      UNION
      SELECT a."submissionId", d."theme"::text, d."id", a."stance" FROM answer_principles ap
        JOIN answers a ON a."id" = ap."answerId" JOIN "DraftPrinciple" d ON d."id" = ap."principleId"
        WHERE a."stance" IS NOT NULL
    )
    SELECT f."submissionId", c."consultationId", f."theme", f."principleId", c."language", c."kind", f."stance"
    FROM facts f JOIN counted c ON c."id" = f."submissionId"`;
}

/** Inserts the facts of the submissions in scope into SummaryFact (the caller deleted their old ones). */
export function insertSummaryFactsSql(scope: FactScope): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "SummaryFact" ("id", "submissionId", "consultationId", "theme", "principleId", "language", "kind", "stance")
    SELECT gen_random_uuid()::text, f."submissionId", f."consultationId", f."theme", f."principleId", f."language", f."kind", f."stance"
    FROM (${summaryFactsQuery(scope)}) f`;
}
