/**
 * TRUST_PROXY decides whose address a rate limit counts. Off (the default),
 * X-Forwarded-For is ignored: every request from one connection address
 * shares a bucket, whatever it claims. Trusting one proxy hop, the address
 * that proxy appended counts — and anything a client wrote in front of it
 * does not. The limit used is the per-client one on starting contributions.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { rateLimits } from "~/modules/safety/rate-limit.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug, hiddenValue } from "../support/participation";

const consentPath = `/c/${demoSlug}/consent`;
let consentTextId: string;
const servers: TestServer[] = [];

beforeAll(async () => {
  await demoConsultation();
});
afterAll(async () => Promise.all(servers.map((server) => server.close())));
beforeEach(async () => {
  await getDb().rateLimitBucket.deleteMany();
});

async function serverTrusting(trustProxy?: false | number | string[]): Promise<TestServer> {
  const server = await startTestServer(trustProxy === undefined ? {} : { trustProxy });
  servers.push(server);
  consentTextId ??= hiddenValue((await send(server, consentPath)).body, "consentTextId");
  return server;
}

function startFrom(server: TestServer, forwardedFor: string) {
  return send(server, consentPath, {
    form: { idempotencyKey: generateFormKey(), consentTextId, useInSummaries: "on" },
    headers: { "x-forwarded-for": forwardedFor },
  });
}

/** Uses up the whole allowance of the client the header names (or the connection, when it is not trusted). */
async function exhaust(server: TestServer, forwardedFor: string) {
  for (let index = 0; index < rateLimits["draft-start:client"].limit; index += 1) {
    expect((await startFrom(server, forwardedFor)).status).toBe(303);
  }
  expect((await startFrom(server, forwardedFor)).status).toBe(429);
}

describe("TRUST_PROXY unset (the default)", () => {
  it("ignores X-Forwarded-For: two claimed clients on one connection address share a bucket", async () => {
    const server = await serverTrusting();
    await exhaust(server, "203.0.113.1");
    expect((await startFrom(server, "203.0.113.2")).status).toBe(429);
  }, 60_000);
});

describe("TRUST_PROXY=1", () => {
  it("counts the address the proxy appended: two clients get separate buckets", async () => {
    const server = await serverTrusting(1);
    await exhaust(server, "203.0.113.1");
    expect((await startFrom(server, "203.0.113.2")).status).toBe(303);
  }, 60_000);

  it("does not trust a hop the client added in front of the proxy's", async () => {
    const server = await serverTrusting(1);
    await exhaust(server, "198.51.100.1, 203.0.113.3");
    expect((await startFrom(server, "198.51.100.2, 203.0.113.3")).status).toBe(429);
  }, 60_000);
});

describe("TRUST_PROXY as proxy addresses", () => {
  it("trusts X-Forwarded-For only from a listed proxy", async () => {
    const listed = await serverTrusting(["loopback"]);
    await exhaust(listed, "203.0.113.4");
    expect((await startFrom(listed, "203.0.113.5")).status).toBe(303);

    await getDb().rateLimitBucket.deleteMany();
    const unlisted = await serverTrusting(["10.0.0.1"]);
    await exhaust(unlisted, "203.0.113.6");
    expect((await startFrom(unlisted, "203.0.113.7")).status).toBe(429);
  }, 60_000);
});
