/**
 * Issue 15's fuzz, over HTTP: every route with an action, found in the
 * production build's own route manifest, gets fast-check-generated posts
 * from an actor the action lets in — random and odd Unicode, invalid UTF-8,
 * values near and over the field and body limits, repeated keys, JSON,
 * multipart, empty bodies, unknown and random intents, missing fields. The
 * fields start from the ones the route's own page renders, so many posts get
 * past the schema into the use case. None may be answered with a 5xx.
 *
 * A new action route fails the first test until it has a row in `targets`
 * (who may post there, and where); each row must reach the action itself
 * (no 403/404/sign-in redirect for an empty post), or the second test fails.
 *
 * Reproduce a failure with the seed printed at the start (and in
 * fast-check's report): FUZZ_SEED=<seed> npx vitest run tests/fuzz/.
 * FUZZ_RUNS sets the posts per row, the four fixed ones included (default 14).
 */
import path from "node:path";
import fc from "fast-check";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { createSession } from "~/modules/auth/session.server";
import { buildDirectory } from "../../scripts/lib/build.ts";
import { maxBodyBytes } from "../../server/http";
import { createWorld, type ActorName, type World } from "../support/actors";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug, giveConsent } from "../support/participation";
import { fieldsOfPage, hostileRequest, hugeBody, postRaw, type HostileRequest, type PageFields } from "./hostile-bodies";

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const numRuns = Number(process.env.FUZZ_RUNS ?? 14);

type Context = { world: World; suffix: string; server: TestServer };
type Actor = ActorName | "draft" | "pendingSecondFactor" | "pendingEnrolment";
type Target = {
  actor: Actor;
  path: (context: Context) => string;
  /** Ends the session, deletes the account or withdraws the contribution: a world of its own for every post. */
  perPost?: boolean;
  /** What the world needs before this route's action can be reached. */
  prepare?: (context: Context) => Promise<void>;
  /** A form that reaches the action (default: an empty post). */
  reach?: (context: Context) => Record<string, string>;
};

const slug = (context: Context) => context.world.consultationSlug;
const manager = (suffix: string): Target => ({ actor: "adminOfHost", path: (c) => `/admin/consultations/${slug(c)}${suffix}` });
const facilitator = (suffix: string): Target => ({ actor: "facilitatorOfHost", path: (c) => `/facilitate/${slug(c)}${suffix}` });
const item = (suffix: string): Target => ({ actor: "facilitatorOfHost", path: (c) => `/facilitate/${slug(c)}/${c.world.participantAContributionId}${suffix}` });

let firstTheme = "";

/** Who posts where, for every route with an action (route ids as in the build, without "routes/"). */
const targets: Record<string, Target[]> = {
  "admin._index": [{ actor: "platformAdmin", path: () => "/admin" }],
  "admin.cohost-invitations": [{ actor: "adminOfHost", path: () => "/admin/cohost-invitations" }],
  "admin.cohosting.$slug.leave": [
    {
      // The host organisation co-hosts the other organisation's consultation, once the invitation is accepted.
      actor: "adminOfHost",
      path: (c) => `/admin/cohosting/invitation-consultation${c.suffix}/leave`,
      prepare: async (c) => {
        await getDb().consultationHost.update({ where: { id: c.world.cohostInvitationId }, data: { invitation: "accepted" } });
      },
    },
  ],
  "admin.consultations.$slug._index": [manager("")],
  "admin.consultations.$slug.hosts": [manager("/hosts")],
  "admin.consultations.$slug.principles._index": [manager("/principles")],
  "admin.consultations.$slug.principles.$number": [manager("/principles/1")],
  "admin.consultations.$slug.principles.$number_.remove": [manager("/principles/1/remove")],
  "admin.consultations.$slug.principles.use": [manager("/principles/use")],
  "admin.consultations.$slug.questions._index": [manager("/questions")],
  "admin.consultations.$slug.questions.$questionId": [manager("/questions/no-such-question")],
  "admin.consultations.$slug.questions.$questionId_.remove": [manager("/questions/no-such-question/remove")],
  "admin.consultations.$slug.status.$to": [manager("/status/archived"), manager("/status/open")],
  "admin.consultations.$slug.texts": [manager("/texts")],
  "admin.consultations.new": [
    { actor: "adminOfHost", path: () => "/admin/consultations/new", reach: (c) => ({ organisationId: c.world.hostOrganisationId }) },
  ],
  "admin.orgs.$orgId": [{ actor: "adminOfHost", path: (c) => `/admin/orgs/${c.world.hostOrganisationId}` }],
  "admin.orgs.$orgId_.setup": [{ actor: "adminOfHost", path: (c) => `/admin/orgs/${c.world.hostOrganisationId}/setup` }],
  "c.$slug.about-you": [{ actor: "draft", path: () => `/c/${demoSlug}/about-you` }],
  "c.$slug.consent": [{ actor: "anonymous", path: () => `/c/${demoSlug}/consent` }],
  "c.$slug.respond": [
    { actor: "draft", path: () => `/c/${demoSlug}/respond?step=${firstTheme}` },
    { actor: "draft", path: () => `/c/${demoSlug}/respond?step=review` },
  ],
  exit: [{ actor: "anonymous", path: () => "/exit" }],
  "facilitate.$slug.$id": [item("")],
  "facilitate.$slug.$id_.messages": [item("/messages")],
  "facilitate.$slug.$id_.redact": [item("/redact")],
  "facilitate.$slug._index": [facilitator("")],
  "facilitate.$slug.codebook": [facilitator("/codebook")],
  "facilitate.$slug.in-person": [facilitator("/in-person")],
  "facilitate.$slug.synthesis.$theme.($number)": [facilitator("/synthesis/protection")],
  join: [{ actor: "anonymous", path: () => "/join" }],
  language: [{ actor: "anonymous", path: () => "/language" }],
  login: [{ actor: "anonymous", path: () => "/login" }],
  logout: [{ actor: "participantA", path: () => "/logout", perPost: true }],
  "me.contributions.$id": [{ actor: "participantA", path: (c) => `/me/contributions/${c.world.participantAContributionId}`, perPost: true }],
  "me.delete": [{ actor: "participantA", path: () => "/me/delete", perPost: true }],
  receipt: [{ actor: "anonymous", path: () => "/receipt" }],
  recover: [{ actor: "anonymous", path: () => "/recover" }],
  "staff.enrol": [{ actor: "pendingEnrolment", path: () => "/staff/enrol" }],
  // Without an account the form is read before the token is looked up.
  "staff.invitation.$token": [{ actor: "anonymous", path: () => "/staff/invitation/not-a-real-token" }],
  "staff.login": [{ actor: "anonymous", path: () => "/staff/login" }],
  "staff.login_.code": [{ actor: "pendingSecondFactor", path: () => "/staff/login/code" }],
};

/** A staff member half signed in: password given, second factor (or its enrolment) still to come. */
async function pendingStaffCookie(username: string, enrolled: boolean): Promise<string> {
  const staff = await getDb().staffUser.create({
    data: { username, passphraseHash: "$argon2id$v=19$m=19456,t=2,p=1$unused$unused", totpEnabledAt: enrolled ? new Date() : null },
  });
  const { token } = await createSession({ staffUserId: staff.id });
  return `session=${token}`;
}

async function cookieOf(actor: Actor, context: Context): Promise<string | undefined> {
  if (actor === "draft") return (await giveConsent(context.server)).cookie;
  if (actor === "pendingSecondFactor" || actor === "pendingEnrolment") {
    return pendingStaffCookie(`fuzz-${actor}${context.suffix}`, actor === "pendingSecondFactor");
  }
  return context.world.cookies[actor];
}

let worlds = 0;
async function newContext(server: TestServer, target: Target): Promise<{ context: Context; cookie: string | undefined }> {
  const suffix = `-fuzz-${++worlds}`;
  const context = { world: await createWorld(suffix), suffix, server };
  await target.prepare?.(context);
  return { context, cookie: await cookieOf(target.actor, context) };
}

// Every post from another loopback address: the sign-in and receipt limits count per client.
let posts = 0;
const nextAddress = () => `127.0.0.${2 + (posts++ % 250)}`;

async function actionRouteIds(): Promise<string[]> {
  const build = (await import(path.join(buildDirectory, "server/index.js"))) as ServerBuild;
  return Object.values(build.routes)
    .filter((route) => route.module.action)
    .map((route) => route.id.replace(/^routes\//, ""))
    .sort();
}

const formBody = (form: Record<string, string>): HostileRequest => ({
  kind: "form",
  contentType: "application/x-www-form-urlencoded",
  body: Buffer.from(new URLSearchParams(form).toString()),
});

function describeRequest(request: HostileRequest): string {
  // The start of the body as the server receives it, escaped: a generated counterexample, readable.
  return `${request.kind} (${request.contentType ?? "no content type"}, ${request.body.length} bytes: ${JSON.stringify(request.body.subarray(0, 160).toString("latin1"))})`;
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  const { questions } = await demoConsultation();
  firstTheme = questions[0]!.theme;
  console.log(`fuzz seed: ${seed}, ${numRuns} posts per route (rerun with FUZZ_SEED=${seed})`);
}, 90_000);
afterAll(async () => server?.close());

describe("fuzzing every action", () => {
  it("has a target for every route with an action, and none for a route without", async () => {
    const withAction = await actionRouteIds();
    expect(withAction.length).toBeGreaterThan(30);
    expect(withAction.filter((id) => !targets[id]), "action routes with no fuzz target").toEqual([]);
    expect(Object.keys(targets).filter((id) => !withAction.includes(id)), "fuzz targets with no action").toEqual([]);
  });

  const rows = Object.entries(targets).flatMap(([route, list]) => list.map((target, at) => ({ route, target, name: list.length > 1 ? `${route} #${at + 1}` : route })));

  for (const { name, target } of rows) {
    it(`${name}: no hostile post is answered with a 5xx`, async () => {
      const first = await newContext(server, target);
      const here = target.path(first.context);

      // The page's own fields, read as the actor sees them (a route with no page of its own has none).
      const page = await send(server, here, { cookie: first.cookie });
      const fields: PageFields = page.status === 200 ? fieldsOfPage(page.body) : { names: [], valuesByName: {}, intents: [] };

      // The actor reaches the action: an empty (or the row's own) post is not refused as unauthorised or unknown.
      const reached = await postRaw(server.baseUrl, here, formBody(target.reach?.(first.context) ?? {}), {
        cookie: first.cookie,
        localAddress: nextAddress(),
      });
      expect(reached.status, `${here}: the action is not reached`).not.toBeOneOf([401, 403, 404, 405]);
      expect(reached.location ?? "", `${here}: the action is not reached`).not.toMatch(/^\/(staff\/)?login/);
      expect(reached.status, `${here}: ${reached.body.slice(0, 300)}`).toBeLessThan(500);

      const statuses = new Map<number, number>();
      let fresh = first;
      await fc.assert(
        fc.asyncProperty(hostileRequest(fields), async (request) => {
          if (target.perPost) fresh = await newContext(server, target);
          const result = await postRaw(server.baseUrl, target.path(fresh.context), request, { cookie: fresh.cookie, localAddress: nextAddress() });
          statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
          expect(result.status, `${describeRequest(request)} → ${result.status}: ${result.body.slice(0, 300)}`).toBeLessThan(500);
          if (request.body.length > maxBodyBytes) expect(result.status, describeRequest(request)).toBe(413);
        }),
        {
          seed,
          numRuns,
          examples: [
            [{ kind: "empty", contentType: null, body: Buffer.alloc(0) }],
            [hugeBody(maxBodyBytes - 64, fields.names[0] ?? "text")],
            [hugeBody(maxBodyBytes + 1, fields.names[0] ?? "text")],
            [formBody({ ...Object.fromEntries(fields.names.map((field) => [field, "\u0000\u202E\uD800"])), intent: "\u0000" })],
          ],
        },
      );
      console.log(`${name}: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ")} (${fields.names.length} page fields)`);
    }, 180_000);
  }
});
