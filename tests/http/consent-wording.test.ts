/**
 * What the consent step promises, over HTTP (no JavaScript): who runs the
 * platform and where its data is stored, as this deployment is configured;
 * and choice (d), contact through the pseudonymous inbox: offered to
 * accounts only, and refused by every form that takes choices without one
 * (a receipt code is not an account).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { projectRoot } from "../../scripts/lib/migrations.ts";
import { send, sessionCookieFrom, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug, giveConsent, postConsent, postStep, receiptCodeIn, reviewForm } from "../support/participation";

// Before any import reads the environment (it is parsed once, then cached).
const deployment = vi.hoisted(() => {
  const values = {
    operator: "Red de Prueba (test operator)",
    dataLocation: "on a test server in Lyon, France",
  };
  process.env.CONVENE_OPERATOR = `  ${values.operator} `;
  process.env.CONVENE_DATA_LOCATION = values.dataLocation;
  return values;
});

const english = JSON.parse(readFileSync(path.join(projectRoot, "locales/en/participation.json"), "utf8")) as {
  consent: { platform: Record<string, string>; errors: Record<string, string> };
  quote: Record<string, string>;
};
/** As the page writes it: React escapes apostrophes and quotes in text. */
const html = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
const inboxRefused = html(english.consent.errors.inboxNotOffered!);

let server: TestServer;
let consultationId: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ consultationId } = await demoConsultation());
});
afterAll(async () => server?.close());

const contributionCount = () => getDb().submission.count({ where: { consultationId } });

async function join(pseudonym: string): Promise<string> {
  const passphrase = "lantern orbit cactus meadow";
  const result = await send(server, "/join", { form: { pseudonym, passphrase, repeatPassphrase: passphrase } });
  expect(result.status).toBe(200);
  return sessionCookieFrom(result) ?? "";
}

describe("the consent page", () => {
  it("says who runs the platform and where the data is stored, as configured (trimmed)", async () => {
    const page = await send(server, `/c/${demoSlug}/consent`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(html(english.consent.platform.heading!));
    expect(page.body).toContain(`<dd dir="auto">${html(deployment.operator)}</dd>`);
    expect(page.body).toContain(`<dd dir="auto">${html(deployment.dataLocation)}</dd>`);
    // Configured: the demonstration wording is not shown.
    expect(page.body).not.toContain(html(english.consent.platform.demoOperator!));
  });

  it("offers (d) with an account, and not without one", async () => {
    const cookie = await join("consent words one");
    const without = await send(server, `/c/${demoSlug}/consent`);
    const withAccount = await send(server, `/c/${demoSlug}/consent`, { cookie });
    for (const page of [without, withAccount]) {
      expect(page.status).toBe(200);
      expect(page.body).toContain('name="useInSummaries"');
    }
    expect(without.body).not.toContain('name="inboxContact"');
    expect(withAccount.body).toContain('name="inboxContact"');
  });
});

describe("choice (d) on the server", () => {
  it("at the consent step, without an account: 400, the other choices kept, nothing started", async () => {
    const before = await contributionCount();
    const refused = await postConsent(server, { choices: { useInSummaries: true, inboxContact: true } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(inboxRefused);
    expect(refused.body).toMatch(/name="useInSummaries"[^>]*checked/);
    expect(await contributionCount()).toBe(before);
  });

  it("is accepted with an account: at the consent step, at review and in My contributions", async () => {
    const cookie = await join("consent words two");
    const started = await postConsent(server, { cookie, choices: { useInSummaries: true, inboxContact: true } });
    expect(started.status).toBe(303);
    const questions = (await demoConsultation()).questions.filter((question) => question.theme === "prevention" && question.kind === "free_text");
    await postStep(server, cookie, "prevention", "next", { [`q.${questions[0]!.id}.text`]: "Listen early." });
    const { form } = await reviewForm(server, cookie, { useInSummaries: true, inboxContact: true });
    const atReview = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie, form });
    expect(atReview.status).toBeLessThan(400);
    const row = await getDb().submission.findFirstOrThrow({
      where: { consultationId, participantId: { not: null } },
      orderBy: { id: "desc" },
      select: { id: true, status: true, consentRecord: { select: { inboxContact: true } } },
    });
    expect(row.status).toBe("received");
    expect(row.consentRecord?.inboxContact).toBe(true);

    // Turned off and on again when changing choices later under My contributions.
    const off = await send(server, `/me/contributions/${row.id}`, { cookie, form: { intent: "consent", useInSummaries: "on" } });
    expect(off.status).toBe(303);
    const on = await send(server, `/me/contributions/${row.id}`, { cookie, form: { intent: "consent", useInSummaries: "on", inboxContact: "on" } });
    expect(on.status).toBe(303);
    expect((await getDb().consentRecord.findFirstOrThrow({ where: { submissions: { some: { id: row.id } } } })).inboxContact).toBe(true);
  });

  it("when changing choices with a receipt code", async () => {
    const { cookie } = await giveConsent(server);
    const questions = (await demoConsultation()).questions.filter((question) => question.theme === "prevention" && question.kind === "free_text");
    const saved = await postStep(server, cookie, "prevention", "saveLater", { [`q.${questions[0]!.id}.text`]: "Schools should notice." });
    const code = receiptCodeIn(saved.body);
    expect(code).not.toBeNull();
    const refused = await send(server, "/receipt", { form: { intent: "consent", receiptCode: code!, useInSummaries: "on", inboxContact: "on" } });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain(inboxRefused);
    const opened = await send(server, "/receipt", { form: { intent: "open", receiptCode: code! } });
    expect(opened.body).not.toContain('name="inboxContact"');
  });
});

describe("per-answer use on a theme page", () => {
  const onlyCounted = html(english.quote.onlyCounted!);

  it("says 'only counted, as you chose' only to someone who chose summaries without quotes", async () => {
    const { cookie: nothing } = await giveConsent(server, { choices: {} });
    const unchosen = await send(server, `/c/${demoSlug}/respond?step=prevention`, { cookie: nothing });
    expect(unchosen.status).toBe(200);
    expect(unchosen.body).not.toContain(onlyCounted);
    expect(unchosen.body).not.toContain(html(english.quote.legend!));
    expect(unchosen.body).not.toMatch(/name="q\.[^"]+\.quote"/);

    const { cookie: summaries } = await giveConsent(server, { choices: { useInSummaries: true } });
    const chosen = await send(server, `/c/${demoSlug}/respond?step=prevention`, { cookie: summaries });
    expect(chosen.body).toContain(onlyCounted);
  });
});
