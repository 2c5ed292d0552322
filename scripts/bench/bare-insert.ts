/**
 * The ceiling for row 3: the same rows a submission writes (consent record,
 * submission, its wrapped key, its answers), as bare parameterised INSERTs in
 * one transaction, through a pg pool the size of the app's (pg's default,
 * 10), at the same concurrency — no HTTP, no validation, no encryption.
 * Written as drafts under keys of their own, so they stay out of the queue,
 * the counts and the scale seeding.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";

export async function bareInserts(
  databaseUrl: string,
  slug: string,
  answersPerSubmission: number,
  concurrency: number,
  seconds: number,
): Promise<number> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  try {
    const { rows } = await pool.query<{ consultationId: string; consentTextId: string }>(
      `SELECT c."id" AS "consultationId", t."id" AS "consentTextId" FROM "Consultation" c
       JOIN "ConsentText" t ON t."consultationId" = c."id" WHERE c."slug" = $1 AND t."language" = 'en' ORDER BY t."version" DESC LIMIT 1`,
      [slug],
    );
    const { consultationId, consentTextId } = rows[0]!;
    const questions = (
      await pool.query<{ id: string }>(`SELECT "id" FROM "Question" WHERE "consultationId" = $1 ORDER BY "position" LIMIT $2`, [
        consultationId,
        answersPerSubmission,
      ])
    ).rows.map((row) => row.id);
    const cipher = () => `k1:${randomBytes(12).toString("base64")}:${randomBytes(80).toString("base64")}:${randomBytes(16).toString("base64")}`;

    async function insertOne() {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const consentId = randomUUID();
        const submissionId = randomUUID();
        await client.query(
          `INSERT INTO "ConsentRecord" ("id", "consultationId", "consentTextId", "useInSummaries", "draftersMayQuote", "publicQuotes", "inboxContact", "givenOn")
           VALUES ($1, $2, $3, true, false, false, false, current_date)`,
          [consentId, consultationId, consentTextId],
        );
        await client.query(
          `INSERT INTO "Submission" ("id", "consultationId", "consentRecordId", "language", "status", "idempotencyKey", "receiptHash", "receiptLookup", "receivedOn", "updatedOn")
           VALUES ($1, $2, $3, 'en', 'draft', $4, $5, $6, current_date, current_date)`,
          [submissionId, consultationId, consentId, `bench-insert-${submissionId}`, randomBytes(32).toString("hex"), randomBytes(32).toString("hex")],
        );
        await client.query(`INSERT INTO "SubmissionKey" ("submissionId", "wrappedKey") VALUES ($1, $2)`, [submissionId, cipher()]);
        const values = questions.map((_, index) => `($${index * 4 + 1}, $${index * 4 + 2}, $${index * 4 + 3}, $${index * 4 + 4})`).join(", ");
        await client.query(
          `INSERT INTO "Answer" ("id", "submissionId", "questionId", "textCipher") VALUES ${values}`,
          questions.flatMap((questionId) => [randomUUID(), submissionId, questionId, cipher()]),
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    }

    let completed = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          await insertOne();
          completed += 1;
        }
      }),
    );
    return completed / ((performance.now() - started) / 1000);
  } finally {
    await pool.end();
  }
}
