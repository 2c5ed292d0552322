/**
 * The app process killed with SIGKILL (a crash, the OOM killer) in the
 * middle of saves and sends, then started again on the same database:
 * - every answer saved before the burst is still there, readable;
 * - every answer the server confirmed (its 303 to the next theme) is stored;
 * - every receipt code a 200 showed maps (by its keyed lookup) to a stored
 *   contribution — a sent one for "Submit my input", one holding the saved
 *   answer for "Save and finish later". Nothing was shown that is not stored;
 * - every request that got no answer, resent as the browser would, saves
 *   once: one contribution per participant, each sent exactly once.
 *
 * Invariants, not timings: whether a request landed before, during or after
 * the kill only changes which of them are checked by which rule.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { draftTokenHash, receiptLookupFor } from "~/modules/submissions/contribution-secrets.server";
import { readAnswers } from "~/modules/submissions/contributions.server";
import type { TestServer } from "../support/http-app";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import { demoConsultation, demoSlug, giveConsent, hiddenValue, postStep, receiptCodeIn, reviewForm, type DemoQuestion } from "../support/participation";
import { send } from "../support/http-app";

let first: ProductionServer | undefined;
let second: ProductionServer | undefined;
let freeText: DemoQuestion;
let nextTheme: DemoQuestion;

beforeAll(async () => {
  const { questions } = await demoConsultation();
  const freeTexts = questions.filter((question) => question.kind === "free_text");
  freeText = freeTexts[0]!;
  // A free-text question of a later theme (the burst's "next" saves write there).
  nextTheme = freeTexts.find((question) => question.theme !== freeText.theme)!;
  first = await startProductionServer();
}, 120_000);
afterAll(async () => {
  await first?.close();
  await second?.close();
});

type Kind = "submit" | "saveLater" | "next";
type Planned = { kind: Kind; cookie: string; path: string; form: Record<string, string>; text: string };
type Outcome = { status: number; body: string; location: string | null } | { error: string };

/** One participant made ready on the first server: consent given, one answer saved, the burst's form in hand. */
async function prepare(server: TestServer, kind: Kind, index: number): Promise<Planned & { saved: string }> {
  const { cookie } = await giveConsent(server);
  const saved = `Saved before the crash ${index}: the registrar sent us away twice.`;
  const firstSave = await postStep(server, cookie, freeText.theme, "next", { [`q.${freeText.id}.text`]: saved });
  expect(firstSave.status).toBe(303);
  const text = `Written during the crash ${index} (${kind}): the women's council met in secret.`;
  if (kind === "submit") {
    const { form } = await reviewForm(server, cookie);
    return { kind, cookie, path: `/c/${demoSlug}/respond?step=review`, form, text: saved, saved };
  }
  const question = kind === "next" ? nextTheme : freeText;
  const page = await send(server, `/c/${demoSlug}/respond?step=${question.theme}`, { cookie });
  return {
    kind,
    cookie,
    saved,
    text,
    path: `/c/${demoSlug}/respond?step=${question.theme}`,
    form: { idempotencyKey: hiddenValue(page.body, "idempotencyKey"), intent: kind, [`q.${question.id}.text`]: text },
  };
}

async function fire(server: TestServer, planned: Planned): Promise<Outcome> {
  try {
    const result = await send(server, planned.path, { cookie: planned.cookie, form: planned.form });
    return { status: result.status, body: result.body, location: result.location };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

const tokenOf = (cookie: string) => cookie.split("=")[1]!;

async function contributionOf(cookie: string) {
  const rows = await getDb().submission.findMany({
    where: { draftTokenHash: draftTokenHash(tokenOf(cookie)) },
    select: { id: true, status: true, receiptLookup: true, key: { select: { wrappedKey: true } } },
  });
  return rows;
}

async function textsOf(row: { id: string; key: { wrappedKey: string } | null }) {
  return [...(await readAnswers(row)).values()].map((answer) => answer.text);
}

describe("the app process killed with SIGKILL and started again", () => {
  it("keeps every saved draft and shows no receipt for anything not stored", { timeout: 600_000 }, async () => {
    const kinds: Kind[] = ["submit", "saveLater", "next"];
    const planned: Array<Planned & { saved: string }> = [];
    for (let index = 0; index < 15; index++) planned.push(await prepare(first!, kinds[index % 3]!, index));

    // The burst: every request at once; the process dies as soon as one answer of each kind came back
    // (counted in answers, not milliseconds): every rule below is then exercised, and the rest of the
    // burst is cut off wherever it is.
    const outcomes: Array<Outcome | undefined> = new Array(planned.length);
    let killed: Promise<void> | undefined;
    const answeredKinds = new Set<Kind>();
    const requests = planned.map(async (one, index) => {
      const outcome = await fire(first!, one);
      outcomes[index] = outcome;
      answeredKinds.add(one.kind);
      if (answeredKinds.size === kinds.length) killed ??= first!.kill();
    });
    await Promise.all(requests);
    await killed;

    second = await startProductionServer();

    let answered = 0;
    for (const [index, one] of planned.entries()) {
      const outcome = outcomes[index]!;
      const rows = await contributionOf(one.cookie);
      // Never two contributions for one browser, whatever happened.
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      // Saved before the burst: still there, readable with the master key — or, for "Save and finish later"
      // (the same question), replaced by the burst's text; never neither.
      const texts = await textsOf(row);
      if (one.kind === "saveLater") expect([one.saved, one.text].some((text) => texts.includes(text)), "the answer is kept").toBe(true);
      else expect(texts).toContain(one.saved);
      if ("error" in outcome) continue;
      answered++;
      if (one.kind === "next" && outcome.status === 303) {
        expect(await textsOf(row)).toContain(one.text);
      }
      if (outcome.status === 200) {
        const code = receiptCodeIn(outcome.body);
        expect(code, `${one.kind}: a 200 shows a receipt code`).toBeTruthy();
        const stored = await getDb().submission.findUnique({ where: { receiptLookup: receiptLookupFor(code!) }, select: { id: true, status: true } });
        expect(stored?.id, `${one.kind}: the receipt shown maps to the stored contribution`).toBe(row.id);
        if (one.kind === "submit") expect(stored?.status).toBe("received");
        if (one.kind === "saveLater") expect(await textsOf(row)).toContain(one.text);
      }
    }
    expect(answered).toBeGreaterThan(0);
    // Counts only: how many of the burst the kill cut off (varies from run to run; every rule above holds either way).
    console.info(`app-killed: ${answered} of ${planned.length} requests answered before the SIGKILL`);

    // Whatever got no answer is sent again as it was (same cookie, same form): it saves, once.
    for (const [index, one] of planned.entries()) {
      if (!("error" in outcomes[index]!)) continue;
      const again = await fire(second, one);
      expect("error" in again ? again.error : again.status).toBe(one.kind === "next" ? 303 : 200);
    }
    // And every send, resent once more (a double click after the restart), is still one contribution, sent once.
    for (const one of planned.filter((candidate) => candidate.kind === "submit")) {
      const again = await fire(second, one);
      expect("error" in again ? again.error : again.status).toBe(200);
      const rows = await contributionOf(one.cookie);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.status).toBe("received");
      expect(await getDb().submitKey.count({ where: { submissionId: rows[0]!.id } })).toBe(1);
    }
  });
});
