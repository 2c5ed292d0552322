/**
 * Direct access to the e2e app's embedded PostgreSQL, for arranging rows
 * and asserting on them. The password is the one `npm start` generated in
 * the e2e data folder.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { defaultQuickExitUrl, e2eDataDir, e2eDatabaseName, e2eDatabasePort } from "./settings";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function connectionString(): string {
  const password = readFileSync(path.join(projectRoot, e2eDataDir, "postgres-password"), "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${e2eDatabasePort}/${e2eDatabaseName}`;
}

/**
 * Same as app/modules/auth/pseudonym.server.ts `pseudonymLookup`: the keyed
 * hash a participant row is found by, with the hash secret `npm start`
 * generated in the e2e data folder.
 */
export function pseudonymLookup(pseudonym: string): string {
  const { CONVENE_HASH_SECRET } = e2eSecrets();
  const normal = pseudonym.normalize("NFKC").trim().toLocaleLowerCase("und");
  return createHmac("sha256", CONVENE_HASH_SECRET).update(["pseudonym", normal].join("\u0000")).digest("hex");
}

/** The keys `npm start` generated in the e2e data folder. */
function e2eSecrets(): { CONVENE_MASTER_KEY: string; CONVENE_HASH_SECRET: string } {
  return JSON.parse(readFileSync(path.join(projectRoot, e2eDataDir, "secrets.json"), "utf8")) as {
    CONVENE_MASTER_KEY: string;
    CONVENE_HASH_SECRET: string;
  };
}

/**
 * Sent contributions in a consultation of the e2e app, written by the app's
 * own seeder with the e2e server's keys (e2e/seed-contributions.ts); returns
 * their ids in order. `reviewed` marks the answers' redaction as reviewed.
 */
export function seedContributions(slug: string, items: ReadonlyArray<{ language: string; texts: readonly (string | null)[]; reviewed?: boolean }>): string[] {
  const output = execFileSync(process.execPath, ["--import", "tsx", "e2e/seed-contributions.ts", slug, JSON.stringify(items)], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  return JSON.parse(output) as string[];
}

/** Runs `work` with a fresh client and always closes it. */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: connectionString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Same as app/modules/auth/session.server.ts `sessionIdFromToken`: hex SHA-256 of the token. */
export function sessionIdFromToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A random session token in the app's alphabet (base32 lower case, no padding). */
export function generateSessionToken(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz234567";
  return Array.from(randomBytes(32), (byte) => alphabet[byte % 32]).join("");
}

/** Inserts a session row that stays valid for an hour; returns its id. */
export async function insertSession(token: string): Promise<string> {
  const id = sessionIdFromToken(token);
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "Session" ("id", "participantId", "staffUserId", "expiresAt") VALUES ($1, NULL, NULL, $2)`,
      [id, new Date(Date.now() + 60 * 60 * 1000)],
    ),
  );
  return id;
}

export async function sessionExists(id: string): Promise<boolean> {
  return withDatabase(async (client) => {
    const result = await client.query(`SELECT 1 FROM "Session" WHERE "id" = $1`, [id]);
    return (result.rowCount ?? 0) > 0;
  });
}

/** Every `exitUrl` a consultation names, as the browser writes URLs. */
export async function consultationExitUrls(): Promise<string[]> {
  return withDatabase(async (client) => {
    const result = await client.query<{ exitUrl: string }>(`SELECT DISTINCT "exitUrl" FROM "Consultation"`);
    return result.rows.map((row) => new URL(row.exitUrl).href);
  });
}

/** Where the quick exit leads from a consultation's pages (its own `exitUrl`), or the default. */
export async function exitDestinationFor(slug: string | null): Promise<string> {
  if (slug) {
    const exitUrl = await withDatabase(async (client) => {
      const result = await client.query<{ exitUrl: string }>(`SELECT "exitUrl" FROM "Consultation" WHERE "slug" = $1`, [slug]);
      return result.rows[0]?.exitUrl;
    });
    if (exitUrl) return new URL(exitUrl).href;
  }
  return new URL(defaultQuickExitUrl).href;
}

/**
 * Empties the rate-limit buckets. The e2e server's database outlives a run,
 * and every test browser shares one client address, so repeated local runs
 * would otherwise trip the per-client limits meant for real abuse.
 */
export async function resetRateLimits(): Promise<void> {
  await withDatabase((client) => client.query(`DELETE FROM "RateLimitBucket"`));
}


/** How many self-descriptions the consultation's contributions have (rows only: their values are encrypted). */
export async function selfDescriptionCount(slug: string): Promise<number> {
  return withDatabase(async (client) => {
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "SelfDescription" d JOIN "Submission" s ON s."id" = d."submissionId"
         JOIN "Consultation" c ON c."id" = s."consultationId" WHERE c."slug" = $1`,
      [slug],
    );
    return result.rows[0]!.n;
  });
}

/**
 * Approves (as a facilitator's decision would) the sent contributions of a consultation that carry a
 * self-description: only approved input is counted, and the e2e wants to see the lens counts move.
 */
export async function approveSelfDescribed(slug: string): Promise<number> {
  return withDatabase(async (client) => {
    const result = await client.query(
      `UPDATE "Submission" s SET "status" = 'approved' FROM "Consultation" c, "SelfDescription" d
        WHERE c."id" = s."consultationId" AND c."slug" = $1 AND d."submissionId" = s."id" AND s."status" = 'received'`,
      [slug],
    );
    return result.rowCount ?? 0;
  });
}

/** Contributions waiting in the rollups' outbox (the summaries job empties it). */
export async function summaryDirtyCount(): Promise<number> {
  return withDatabase(async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SummaryDirty"`)).rows[0]!.n);
}

/**
 * Contributions the rollups count in one lens of a consultation (SummaryLensCell, every theme,
 * principle and stance sentinel row: the lens's "all" cell), as the rollup job stored them.
 */
export async function lensCount(slug: string, lensKey: string): Promise<number> {
  return withDatabase(async (client) => {
    const result = await client.query<{ n: number }>(
      `SELECT coalesce(sum(l."contributions"), 0)::int AS n FROM "SummaryLensCell" l JOIN "Consultation" c ON c."id" = l."consultationId"
        WHERE c."slug" = $1 AND l."lens" = $2 AND l."theme" = '' AND l."principleId" = '' AND l."stance" = ''`,
      [slug, lensKey],
    );
    return result.rows[0]!.n;
  });
}
