/**
 * How many passphrase guesses a sign-in form allows, for participants and
 * staff alike. Wrong passphrases from one client must not lock the owner out
 * everywhere, so failures are counted twice:
 *
 * - per client and account (tight): five failures and that client waits out
 *   the window for that account;
 * - per account (higher): past it the account is not locked but slowed —
 *   only a client that has not failed for it in this window may try, once.
 *   The owner on their own device still gets in; many attackers' clients get
 *   one guess each per window.
 *
 * A guess is counted before it is checked (parallel requests cannot all slip
 * under the limit) and handed back when it succeeds, so only failures count.
 * Every attempt also counts against the client's overall limit (one client
 * trying many accounts). An unknown account is counted exactly like a known
 * one: the limits say nothing about whether it exists.
 */
import { consumeRateLimit, rateLimitPoints, refundRateLimit, type RateLimitName } from "~/modules/safety/rate-limit.server";

const limitsFor = {
  participant: { client: "login:client", clientAccount: "login:client-pseudonym", account: "login:pseudonym" },
  staff: { client: "staff-login:client", clientAccount: "staff-login:client-username", account: "staff-login:username" },
} as const satisfies Record<string, Record<"client" | "clientAccount" | "account", RateLimitName>>;

export type SignInAttempt<T> = { kind: "signed-in"; value: T } | { kind: "failed" } | { kind: "limited"; retryAfterSeconds: number };

export async function limitSignInAttempt<T>(
  who: keyof typeof limitsFor,
  subjects: { account: string; client: string },
  verify: () => Promise<T | null>,
  now = new Date(),
): Promise<SignInAttempt<T>> {
  const names = limitsFor[who];
  const pair = `${subjects.client}\u0000${subjects.account}`;
  const [client, clientAccount] = await Promise.all([
    consumeRateLimit(names.client, subjects.client, now),
    consumeRateLimit(names.clientAccount, pair, now),
  ]);
  if (!client.allowed || !clientAccount.allowed) {
    // Nothing was checked, so this attempt is no failure for the account.
    if (clientAccount.allowed) await refundRateLimit(names.clientAccount, pair, now);
    return { kind: "limited", retryAfterSeconds: Math.max(client.retryAfterSeconds, clientAccount.retryAfterSeconds) };
  }
  const account = await rateLimitPoints(names.account, subjects.account, now);
  // Slowed account: this client's reservation must be its first point in the window.
  if (!account.allowed && clientAccount.points > 1) {
    return { kind: "limited", retryAfterSeconds: account.retryAfterSeconds };
  }
  const value = await verify();
  if (value !== null) {
    await refundRateLimit(names.clientAccount, pair, now);
    return { kind: "signed-in", value };
  }
  await consumeRateLimit(names.account, subjects.account, now);
  return { kind: "failed" };
}
