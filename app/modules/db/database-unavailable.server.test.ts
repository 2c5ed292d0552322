/**
 * The errors the Prisma client on the pg adapter really throws when
 * PostgreSQL is not there or goes away, produced against a real server:
 * nothing listening, connections terminated mid-query and inside a
 * transaction. Ordinary query errors must not count as "unavailable".
 */
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { createDatabaseClient } from "./db.server";
import { isDatabaseUnavailable } from "./database-unavailable.server";
import { createScratchDatabase, queryDatabase } from "../../../tests/support/scratch-database";

const clients: PrismaClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect().catch(() => undefined)));
});

function client(url: string): PrismaClient {
  const created = createDatabaseClient(url);
  clients.push(created);
  return created;
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the database call to fail");
}

async function terminateOthers(url: string) {
  const name = new URL(url).pathname.slice(1);
  await queryDatabase(url, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
    name,
  ]);
}

describe("isDatabaseUnavailable", () => {
  it("recognises a server that is not listening (model, raw and transaction calls)", async () => {
    const db = client(`postgresql://postgres:unused@127.0.0.1:${await closedPort()}/none`);
    const errors = [
      await errorOf(() => db.consultation.findFirst()),
      await errorOf(() => db.$queryRaw`SELECT 1`),
      await errorOf(() => db.$transaction(async (tx) => tx.consultation.findFirst())),
    ];
    for (const error of errors) expect(isDatabaseUnavailable(error)).toBe(true);
    expect((errors[0] as Prisma.PrismaClientKnownRequestError).code).toBe("P1001");
  });

  it("recognises a connection terminated in the middle of a query", async () => {
    const url = await createScratchDatabase({ migrated: true });
    const db = client(url);
    await db.consultation.findFirst();
    const pending = errorOf(() => db.$queryRaw`SELECT pg_sleep(5)`);
    await waitForActiveQuery(url, "pg_sleep");
    await terminateOthers(url);
    expect(isDatabaseUnavailable(await pending)).toBe(true);
  });

  it("recognises a connection terminated inside an interactive transaction", async () => {
    const url = await createScratchDatabase({ migrated: true });
    const db = client(url);
    const error = await errorOf(() =>
      db.$transaction(async (tx) => {
        await tx.consultation.findFirst();
        await terminateOthers(url);
        await tx.consultation.findFirst();
      }),
    );
    // Either form, depending on when the client notices: node-postgres' own
    // "Connection terminated…" Error, or (seen once in CI, under load) a
    // Prisma known request error. Either way it must count as "gone".
    expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("recognises a transaction that could not start or finish in time (P2028): it was rolled back, so trying again is right", async () => {
    const url = await createScratchDatabase({ migrated: true });
    const db = client(url);
    // Expired: the transaction's own time ran out before its last query.
    const expired = await errorOf(() =>
      db.$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_sleep(0.5)`;
          await tx.consultation.findFirst();
        },
        { timeout: 100 },
      ),
    );
    // Never started: every pooled connection busy for longer than maxWait
    // (what 200 people at once did to two app processes in npm run load).
    const busy = Array.from({ length: 30 }, () =>
      errorOf(() => db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(0.5)`, { maxWait: 20, timeout: 10_000 })).catch(
        () => null,
      ),
    );
    const waited = (await Promise.all(busy)).filter((error) => error !== null);
    expect(waited.length).toBeGreaterThan(0);
    for (const error of [expired, ...waited]) {
      expect((error as Prisma.PrismaClientKnownRequestError).code, String(error)).toBe("P2028");
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  });

  it("does not count a query that is wrong, or any other error", async () => {
    const url = await createScratchDatabase({ migrated: true });
    const db = client(url);
    const missingDatabase = client(url.replace(/\/([^/]+)$/, "/$1_missing"));
    const wrong = [
      await errorOf(() => db.$queryRaw`SELECT * FROM "NoSuchTable"`),
      await errorOf(() => db.$queryRaw`SELECT 1/0`),
      await errorOf(() => db.submission.findUniqueOrThrow({ where: { id: "00000000-0000-0000-0000-000000000000" } })),
      await errorOf(() => missingDatabase.consultation.findFirst()),
      new Error("something else"),
      new TypeError("Failed to fetch"),
      new Response(null, { status: 404 }),
    ];
    for (const error of wrong) expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

async function waitForActiveQuery(url: string, fragment: string) {
  const name = new URL(url).pathname.slice(1);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const rows = await queryDatabase<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND query LIKE $2 AND pid <> pg_backend_pid()`,
      [name, `%${fragment}%`],
    );
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the query never started");
}
