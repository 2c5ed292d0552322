/**
 * A test that must fail. It is not part of the normal suite: only
 * scripts/check-test-signal.ts runs it (CONVENE_TEST_SIGNAL_CHECK=1 makes
 * vitest.config.ts include nothing else), to prove that a red Vitest run —
 * with the same global setup, and so the same embedded PostgreSQL, as every
 * real run — makes `npm test` exit non-zero.
 */
import { expect, test } from "vitest";
import { getDb } from "~/modules/db/db.server";

test("fails on purpose, after touching the real test database", async () => {
  const [row] = await getDb().$queryRaw<Array<{ one: number }>>`SELECT 1 AS "one"`;
  expect(row?.one).toBe(2);
});
