/**
 * Every participant route whose action handles more than one intent reads
 * its form once, as a zod discriminated union on `intent`: a post naming no
 * intent of the form (unknown, or none) is refused with 400 and writes
 * nothing. Each post also carries fields that a fallback branch would write
 * (answer text, consent choices), so a route that fell back to a default
 * branch — saving answers, changing choices, withdrawing — changes a table's
 * row count (Answer, AuditEvent, ConsentRecord, Submission…) and fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send, startTestServer, type TestServer } from "../support/http-app";
import {
  demoConsultation,
  demoSlug,
  giveConsent,
  hiddenValue,
  postStep,
  receiptCodeIn,
  reviewForm,
  type DemoQuestion,
} from "../support/participation";
import { tableCounts } from "../support/table-counts";

let server: TestServer;
let questions: DemoQuestion[];

beforeAll(async () => {
  server = await startTestServer();
  ({ questions } = await demoConsultation());
});
afterAll(async () => server?.close());

const firstTheme = () => questions[0]!.theme;
const firstFreeText = () => questions.find((question) => question.theme === firstTheme() && question.kind === "free_text")!;
const passphrase = "lantern orbit cactus meadow";

/** The intents no page of ours sends: a made-up one, an empty one, one of another form, and none at all. */
const strayIntents: Array<string | undefined> = ["delete-everything", "", "confirm", "saveAnswers", undefined];

async function expectRefusedWithoutWriting(path: string, cookie: string | undefined, fields: Record<string, string>) {
  for (const intent of strayIntents) {
    const before = await tableCounts();
    const form = intent === undefined ? fields : { ...fields, intent };
    const result = await send(server, path, { cookie, form });
    expect(result.status, `${path} with intent ${JSON.stringify(intent)}`).toBe(400);
    expect(await tableCounts(), `${path} with intent ${JSON.stringify(intent)} wrote something`).toEqual(before);
  }
}

describe("a post with an intent no page sends", () => {
  it("is refused by the answering page (theme and review steps), and nothing is saved", async () => {
    const { cookie } = await giveConsent(server);
    const answer = { [`q.${firstFreeText().id}.text`]: "Text a default branch would save." };
    for (const step of [firstTheme(), "review"]) {
      const page = await send(server, `/c/${demoSlug}/respond?step=${step}`, { cookie });
      expect(page.status).toBe(200);
      await expectRefusedWithoutWriting(`/c/${demoSlug}/respond?step=${step}`, cookie, {
        idempotencyKey: hiddenValue(page.body, "idempotencyKey"),
        useInSummaries: "on",
        ...answer,
      });
    }
  });

  it("is refused at /receipt with a valid code, and the contribution is neither changed nor withdrawn", async () => {
    const { cookie } = await giveConsent(server);
    const saved = await postStep(server, cookie, firstTheme(), "saveLater", {
      [`q.${firstFreeText().id}.text`]: "Kept with a receipt code.",
    });
    const receiptCode = receiptCodeIn(saved.body);
    expect(receiptCode).not.toBeNull();
    await expectRefusedWithoutWriting("/receipt", undefined, {
      receiptCode: receiptCode!,
      useInSummaries: "on",
      draftersMayQuote: "on",
    });
  });

  it("is refused on the account's own contribution page, and the contribution is neither changed nor withdrawn", async () => {
    const joined = await send(server, "/join", { form: { pseudonym: "unknown intent owner", passphrase, repeatPassphrase: passphrase } });
    const owner = joined.setCookies.find((value) => value.startsWith("session="))!.split(";")[0]!;
    await giveConsent(server, { cookie: owner });
    await postStep(server, owner, firstTheme(), "next", { [`q.${firstFreeText().id}.text`]: "Sent with an account." });
    const { form } = await reviewForm(server, owner);
    expect((await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: owner, form })).status).toBe(200);
    const list = await send(server, "/me", { cookie: owner });
    const path = list.body.match(/href="(\/me\/contributions\/[0-9a-f-]{36})"/)?.[1];
    expect(path).toBeDefined();
    await expectRefusedWithoutWriting(path!, owner, { useInSummaries: "on", draftersMayQuote: "on" });
  });
});
