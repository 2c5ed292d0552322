/**
 * Abuse protection kept in PostgreSQL (app servers stay stateless; no Redis).
 *
 * A bucket's key is an HMAC of the limit's name, the current window and the
 * subject (a pseudonym, a username, or the client key the HTTP layer derives
 * from the connection). The window is part of the key, so a stored key says
 * nothing once its window has passed, cannot be linked to the next window's,
 * and is deleted after it expires. No IP address or pseudonym is ever stored.
 */
import { createHmac } from "node:crypto";
import { getEnvironment } from "~/env.server";
import { getDb } from "~/modules/db/db.server";

export const rateLimits = {
  // Generous per client: a workshop behind one shared address may create many accounts.
  join: { limit: 30, windowSeconds: 60 * 60 },
  // "Already in use" answers per client: enough to find a free pseudonym, too few to test a list of them.
  "join:taken": { limit: 5, windowSeconds: 60 * 60 },
  // Sign-in failures (successes are refunded; see auth/sign-in-attempts.server.ts).
  "login:client-pseudonym": { limit: 5, windowSeconds: 15 * 60 },
  "login:pseudonym": { limit: 20, windowSeconds: 15 * 60 },
  "login:client": { limit: 60, windowSeconds: 15 * 60 },
  "recover:pseudonym": { limit: 5, windowSeconds: 60 * 60 },
  "recover:client": { limit: 20, windowSeconds: 60 * 60 },
  "receipt:client": { limit: 20, windowSeconds: 15 * 60 },
  "staff-login:client-username": { limit: 5, windowSeconds: 15 * 60 },
  "staff-login:username": { limit: 20, windowSeconds: 15 * 60 },
  "staff-login:client": { limit: 30, windowSeconds: 15 * 60 },
  "staff-code:user": { limit: 10, windowSeconds: 15 * 60 },
} as const;

export type RateLimitName = keyof typeof rateLimits;
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

export function keyedHash(...parts: string[]): string {
  return createHmac("sha256", getEnvironment().CONVENE_HASH_SECRET).update(parts.join("\u0000")).digest("hex");
}

function bucketOf(name: RateLimitName, subject: string, now: Date) {
  const { limit, windowSeconds } = rateLimits[name];
  const windowMs = windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const expiresAt = new Date(windowStart + windowMs);
  return {
    limit,
    expiresAt,
    key: keyedHash("rate-limit", name, String(windowStart), subject),
    retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Counts one attempt against a limit and says whether it may go ahead. */
export async function consumeRateLimit(
  name: RateLimitName,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult & { points: number }> {
  const { limit, expiresAt, key, retryAfterSeconds } = bucketOf(name, subject, now);
  const db = getDb();
  const rows = await db.$queryRaw<Array<{ points: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "points", "expiresAt") VALUES (${key}, 1, ${expiresAt})
    ON CONFLICT ("key") DO UPDATE SET "points" = "RateLimitBucket"."points" + 1
    RETURNING "points"`;
  // Expired buckets are useless; sweep them now and then rather than on every call.
  if (Math.random() < 0.02) await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: now } } });
  const points = rows[0]?.points ?? 1;
  return { allowed: points <= limit, retryAfterSeconds, points };
}

/**
 * Gives back a point consumed with the same `now` (so the same window), for
 * limits that count only failures: the attempt is counted before it is
 * checked, so parallel requests cannot all slip under the limit, and handed
 * back once it turns out to have succeeded.
 */
export async function refundRateLimit(name: RateLimitName, subject: string, now: Date): Promise<void> {
  const { key } = bucketOf(name, subject, now);
  await getDb().$executeRaw`
    UPDATE "RateLimitBucket" SET "points" = GREATEST("points" - 1, 0) WHERE "key" = ${key}`;
}

/** How many points a limit has counted in the current window, without counting one more. */
export async function rateLimitPoints(name: RateLimitName, subject: string, now = new Date()): Promise<RateLimitResult & { points: number }> {
  const { limit, key, retryAfterSeconds } = bucketOf(name, subject, now);
  const row = await getDb().rateLimitBucket.findUnique({ where: { key }, select: { points: true } });
  const points = row?.points ?? 0;
  return { points, allowed: points < limit, retryAfterSeconds };
}

/** Several limits at once (e.g. per pseudonym and per client); refused if any refuses. */
export async function consumeRateLimits(
  checks: ReadonlyArray<[RateLimitName, string]>,
  now = new Date(),
): Promise<RateLimitResult> {
  const results = await Promise.all(checks.map(([name, subject]) => consumeRateLimit(name, subject, now)));
  const refused = results.filter((result) => !result.allowed);
  return refused.length === 0
    ? { allowed: true, retryAfterSeconds: 0 }
    : { allowed: false, retryAfterSeconds: Math.max(...refused.map((result) => result.retryAfterSeconds)) };
}
