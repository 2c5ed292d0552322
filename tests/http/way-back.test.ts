/**
 * The way back over HTTP (as without JavaScript): after sending with an
 * account, the answering page says it was sent until the person chooses to
 * change it; /join offers the shared-device session and leads back to the
 * consultation it came from, and only to a path on this site.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestServer, type TestServer } from "../support/http-app";
import { demoConsultation, demoSlug, giveConsent, postStep, reviewForm, type DemoQuestion } from "../support/participation";

let server: TestServer;
let questions: DemoQuestion[];

beforeAll(async () => {
  server = await startTestServer();
  ({ questions } = await demoConsultation());
});
afterAll(async () => server?.close());

/** English copy as the app shows it (HTML-escaped like React does). */
function en(namespace: string, key: string): string {
  let value: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../locales/en", `${namespace}.json`), "utf8"));
  for (const part of key.split(".")) value = (value as Record<string, unknown>)[part];
  return String(value).replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;");
}

const passphrase = "lantern orbit cactus meadow";
let joined = 0;
const uniquePseudonym = () => `way back ${Date.now().toString(36)} ${joined++}`;

async function join(form: Record<string, string> = {}) {
  const result = await send(server, "/join", { form: { pseudonym: uniquePseudonym(), passphrase, repeatPassphrase: passphrase, ...form } });
  expect(result.status).toBe(200);
  const header = result.setCookies.find((value) => value.startsWith("session="));
  expect(header).toBeDefined();
  return { result, header: header!, cookie: header!.split(";")[0]! };
}

describe("after sending with an account", () => {
  it("shows that it was sent on every way back to the answering page, until the person chooses to change it", async () => {
    const { cookie: owner } = await join();
    await giveConsent(server, { cookie: owner });
    const question = questions.find((candidate) => candidate.theme === "prevention" && candidate.kind === "free_text")!;
    await postStep(server, owner, "prevention", "next", { [`q.${question.id}.text`]: "Teachers who notice." });
    const { form } = await reviewForm(server, owner);
    const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: owner, form });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain(`<title>${en("participation", "respond.titles.sent")} · Convene</title>`);
    const mark = sent.setCookies.find((header) => header.startsWith(`draft_${demoSlug}=sent;`));
    expect(mark).toContain("Max-Age=120");
    const marked = `${owner}; ${mark!.split(";")[0]}`;

    // Back, reload or a new visit of any step: sent, and nothing that looks unsent.
    for (const step of ["review", "prevention", "recovery"]) {
      const again = await send(server, `/c/${demoSlug}/respond?step=${step}`, { cookie: marked });
      expect(again.status).toBe(200);
      expect(again.body).toContain(en("participation", "sent.title"));
      expect(again.body).toContain(`<title>${en("participation", "respond.titles.sent")} · Convene</title>`);
      expect(again.body).toContain(en("participation", "sent.account"));
      expect(again.body).not.toContain(en("participation", "review.intro"));
      expect(again.body).not.toContain(en("participation", "review.saveChanges"));
      expect(again.body).not.toContain("Teachers who notice.");
      expect(again.body).toContain('value="change"');
    }

    // "Change my answers": the mark goes, and the answers are there to change.
    const change = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: marked, form: { intent: "change" } });
    expect(change.status).toBe(303);
    expect(change.location).toBe(`/c/${demoSlug}/respond?step=prevention`);
    expect(change.setCookies.some((header) => header.startsWith(`draft_${demoSlug}=;`) && header.includes("Max-Age=0"))).toBe(true);
    const review = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: owner });
    expect(review.body).toContain(en("participation", "review.saveChanges"));
    expect(review.body).toContain("Teachers who notice.");
    expect(review.body).toContain(`<title>${en("participation", "respond.titles.review")} · Convene</title>`);
  });

  it("does not take a mark without a contribution for one", async () => {
    const { cookie } = await join();
    const page = await send(server, `/c/${demoSlug}/respond`, { cookie: `${cookie}; draft_${demoSlug}=sent` });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(en("participation", "sent.title"));
    expect(page.body).toContain(en("participation", "respond.startFirst"));
  });
});

describe("/join", () => {
  it("gives a shared device a session that ends with the browser (no Expires, no Max-Age), and others one that lasts", async () => {
    const page = await send(server, "/join");
    expect(page.body).toContain('name="sharedDevice"');
    expect(page.body).toContain(en("common", "auth.fields.sharedDeviceHint"));
    const shared = await join({ sharedDevice: "on" });
    expect(shared.header).not.toMatch(/Expires=|Max-Age=/i);
    const lasting = await join();
    expect(lasting.header).toMatch(/Expires=/);
  });

  it("leads back to the consultation it came from, and only to a path on this site", async () => {
    const consent = `/c/${demoSlug}/consent`;
    const page = await send(server, `/join?returnTo=${encodeURIComponent(consent)}`);
    // (The header's language form has a returnTo of its own: this is the join form's.)
    expect(page.body).toContain(`name="returnTo" value="${consent}"`);
    const { result } = await join({ returnTo: consent });
    expect(result.body).toContain(`href="${consent}"`);

    const elsewhere = await send(server, `/join?returnTo=${encodeURIComponent("//elsewhere.example/")}`);
    expect(elsewhere.body).toContain('name="returnTo" value="/me"');
    const { result: refused } = await join({ returnTo: "https://elsewhere.example/" });
    expect(refused.body).not.toContain("elsewhere.example");
    expect(refused.body).toContain('href="/me"');
  });
});
