/**
 * Scale data for rows 4 and 5, made fast: the contributions that went
 * through the real routes (row 3) are approved and become templates; copies
 * of them (submission, wrapped key, answers — ciphertext reused byte for
 * byte) are multiplied in SQL with generate_series; then the real full
 * rebuild of the drafters' rollups runs (the `npm run admin --
 * recompute-summaries` code path), so every count the pages read is real.
 *
 * A copied ciphertext is bound to its template's row ids, so copies do not
 * decrypt. The templates are therefore dated the day before the copies: the
 * facilitator queue (oldest first) shows, and decrypts, real contributions.
 * Inserted as the owner with triggers off (session_replication_role): the
 * summary outbox rows they would add are what the rebuild replaces anyway.
 */
import pg from "pg";

export type Scale = { submissions: number; answers: number };

export class ScaleData {
  private readonly pool: pg.Pool;
  private templates = 0;

  constructor(
    ownerUrl: string,
    private readonly consultationId: string,
  ) {
    this.pool = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  }

  /** Approves the real contributions (status received) and dates them a day earlier; returns how many. */
  async prepareTemplates(): Promise<number> {
    const result = await this.pool.query(
      `UPDATE "Submission" SET "status" = 'approved', "receivedOn" = current_date - 1
       WHERE "consultationId" = $1 AND "status" = 'received'`,
      [this.consultationId],
    );
    this.templates = result.rowCount ?? 0;
    if (this.templates === 0) throw new Error("no contribution went through the routes, so there is nothing to multiply");
    return this.templates;
  }

  async size(): Promise<Scale> {
    const { rows } = await this.pool.query<{ submissions: number; answers: number }>(
      `SELECT count(DISTINCT s."id")::int AS "submissions", count(a."id")::int AS "answers"
       FROM "Submission" s LEFT JOIN "Answer" a ON a."submissionId" = s."id"
       WHERE s."consultationId" = $1 AND s."status" = 'approved'`,
      [this.consultationId],
    );
    return rows[0]!;
  }

  /** Adds copies until there are at least `target` answers, or `contributions` approved contributions. */
  async growTo(target: { answers?: number; contributions?: number }): Promise<Scale> {
    const now = await this.size();
    const perSubmission = now.answers / now.submissions;
    const needed = Math.max(
      target.answers ? Math.ceil((target.answers - now.answers) / perSubmission) : 0,
      target.contributions ? target.contributions - now.submissions : 0,
    );
    for (let done = 0; done < needed; done += 25_000) await this.copy(Math.min(25_000, needed - done));
    // VACUUM as autovacuum would after a bulk load: index-only scans need the visibility map.
    await this.pool.query(`VACUUM (ANALYZE) "Submission", "Answer", "SubmissionKey"`);
    return this.size();
  }

  private async copy(count: number): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query(
        `CREATE TEMP TABLE bench_copy ON COMMIT DROP AS
         SELECT gen_random_uuid()::text AS "id", t."id" AS "template"
         FROM generate_series(0, $1::int - 1) g
         JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS n FROM "Submission"
               WHERE "consultationId" = $2 AND "status" = 'approved' AND "idempotencyKey" NOT LIKE 'bench-copy-%') t
           ON t.n = g % $3::int`,
        [count, this.consultationId, this.templates],
      );
      await client.query(
        `INSERT INTO "Submission" ("id", "consultationId", "consentRecordId", "draftVersionId", "language", "status", "idempotencyKey",
           "receivedOn", "updatedOn", "kind")
         SELECT c."id", s."consultationId", s."consentRecordId", s."draftVersionId", s."language", s."status", 'bench-copy-' || c."id",
           current_date, current_date, s."kind"
         FROM bench_copy c JOIN "Submission" s ON s."id" = c."template"`,
      );
      await client.query(
        `INSERT INTO "SubmissionKey" ("submissionId", "wrappedKey")
         SELECT c."id", k."wrappedKey" FROM bench_copy c JOIN "SubmissionKey" k ON k."submissionId" = c."template"`,
      );
      await client.query(
        `INSERT INTO "Answer" ("id", "submissionId", "questionId", "principleId", "stance", "textCipher", "optionIds", "quoteConsent",
           "redactedCipher", "redactionReviewed")
         SELECT gen_random_uuid()::text, c."id", a."questionId", a."principleId", a."stance", a."textCipher", a."optionIds", a."quoteConsent",
           a."redactedCipher", a."redactionReviewed"
         FROM bench_copy c JOIN "Answer" a ON a."submissionId" = c."template"`,
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * The ceiling next to the drafters' pages: what they would cost without
   * rollups — contributions per theme and stance counted straight from the
   * raw answers. Median of `runs` timed runs, in ms.
   */
  async naiveGroupBy(runs = 5): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await this.pool.query(
        `SELECT q."theme", a."stance", count(DISTINCT a."submissionId") FROM "Answer" a
         JOIN "Submission" s ON s."id" = a."submissionId" JOIN "Question" q ON q."id" = a."questionId"
         WHERE s."consultationId" = $1 AND s."status" = 'approved' GROUP BY q."theme", a."stance"`,
        [this.consultationId],
      );
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
