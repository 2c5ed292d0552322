/**
 * A canary sentence given through the pages, as a person without JavaScript
 * gives it, must be absent from a dump of the database and from everything
 * the application logged — while the application itself still reads it back.
 *
 * The server here is the production server started the way `npm start`
 * starts it (a separate process, logging at the most detailed level), so its
 * whole output can be captured and searched.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { readAnswers } from "~/modules/submissions/contributions.server";
import { dumpDatabase } from "../support/database-dump";
import { send } from "../support/http-app";
import { startProductionServer, type ProductionServer } from "../support/production-server";
import {
  demoConsultation,
  demoSlug,
  draftCookieFrom,
  giveConsent,
  postStep,
  receiptCodeIn,
  reviewForm,
  type DemoQuestion,
} from "../support/participation";


const canary = "Canary 7f3a: the lilac heron crosses the river at dawn.";
const canaryWhy = "Canary 7f3a why: only the moon keeps this sentence.";
const canaryPseudonym = "canary heron 7f3a";

let server: ProductionServer;
let questions: DemoQuestion[];


const legacyPseudonym = "Canary Legacy Egret";

beforeAll(async () => {
  ({ questions } = await demoConsultation());
  // A participant row as it stood before pseudonyms were sealed: starting the server seals it.
  await getDb().$executeRaw`
    INSERT INTO "Participant" ("id", "pseudonym", "pseudonymKey", "passphraseHash")
    VALUES (${crypto.randomUUID()}, ${legacyPseudonym}, ${legacyPseudonym.toLowerCase()}, 'not used here')`;
  server = await startProductionServer();
}, 90_000);
afterAll(async () => server?.close());

describe("a canary sentence given through the pages", () => {
  it("is absent from the database dump and from the logs, and the application still reads it", async () => {
    const freeText = questions.find((question) => question.kind === "free_text")!;
    const stance = questions.find((question) => question.kind === "stance")!;

    // Account-less, without JavaScript: consent, answers, save for later, come back, send.
    const { cookie } = await giveConsent(server, { choices: { useInSummaries: true, draftersMayQuote: true } });
    const token = cookie.split("=")[1]!;
    expect(cookie.startsWith("__Host-draft_")).toBe(true);
    const saved = await postStep(server, cookie, freeText.theme, "saveLater", {
      [`q.${freeText.id}.text`]: canary,
      [`q.${freeText.id}.quote`]: "drafters",
    });
    const code = receiptCodeIn(saved.body)!;
    expect(code).toBeTruthy();
    const resumed = await send(server, "/receipt", { form: { intent: "edit", receiptCode: code } });
    const newCookie = draftCookieFrom(resumed)!;
    await postStep(server, newCookie, stance.theme, "next", { [`q.${stance.id}.stance`]: "agree", [`q.${stance.id}.text`]: canaryWhy });
    const { form } = await reviewForm(server, newCookie, { useInSummaries: true, draftersMayQuote: true });
    const sent = await send(server, `/c/${demoSlug}/respond?step=review`, { cookie: newCookie, form });
    expect(sent.body).toContain("Your input was received");

    // A signed-in participant's input too, with a pseudonym that must not be logged either.
    const passphrase = "canary passphrase lilac heron";
    const joined = await send(server, "/join", { form: { pseudonym: canaryPseudonym, passphrase, repeatPassphrase: passphrase } });
    const session = joined.setCookies.find((header) => header.startsWith("__Host-session="))!.split(";")[0]!;
    await giveConsent(server, { cookie: session });
    await postStep(server, session, freeText.theme, "next", { [`q.${freeText.id}.text`]: `${canary} (account)` });

    // The application reads it back: through the receipt page, and in-process.
    const opened = await send(server, "/receipt", { form: { intent: "open", receiptCode: code } });
    expect(opened.body).toContain(canary);
    expect(opened.body).toContain(canaryWhy);
    const submission = await getDb().submission.findFirstOrThrow({
      where: { receiptLookup: { not: null }, status: "received" },
      include: { key: true },
    });
    const texts = [...(await readAnswers(submission)).values()].map((answer) => answer.text);
    expect(texts).toEqual(expect.arrayContaining([canary, canaryWhy]));

    // The dump: ciphertext only.
    const { tool, dump } = await dumpDatabase();
    console.info(`database dump taken with: ${tool} (${dump.length} characters)`);
    expect(dump).toContain(submission.key!.wrappedKey);
    const answer = await getDb().answer.findFirstOrThrow({ where: { submissionId: submission.id, questionId: freeText.id } });
    expect(dump).toContain(answer.textCipher!);
    for (const secret of [canary, "lilac heron", canaryWhy, "only the moon", code, code.replace(/-/g, ""), token, canaryPseudonym, "heron 7f3a", legacyPseudonym]) {
      expect(dump.toLowerCase().includes(secret.toLowerCase()), `the dump contains "${secret}"`).toBe(false);
    }

    // One altered value makes the server log a decryption failure (by id only) while the page still works.
    const parts = answer.textCipher!.split(":");
    const tag = Buffer.from(parts[2]!, "base64url");
    tag[0] = tag[0]! ^ 1;
    parts[2] = tag.toString("base64url");
    await getDb().answer.update({ where: { id: answer.id }, data: { textCipher: parts.join(":") } });
    const damaged = await send(server, "/receipt", { form: { intent: "open", receiptCode: code } });
    expect(damaged.status).toBe(200);
    expect(damaged.body).toContain(canaryWhy);
    await getDb().answer.update({ where: { id: answer.id }, data: { textCipher: answer.textCipher } });

    // The logs: nothing of the input, the pseudonym, the code or the token — but they did record events.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const output = server.output();
    expect(output).toContain("submission received");
    // That line says which consultation, but not when: participants' rows keep only the day.
    const received = output.split("\n").filter((line) => line.includes('"submission received"'));
    expect(received.length).toBeGreaterThan(0);
    for (const line of received) expect(Object.keys(JSON.parse(line) as object)).not.toContain("time");
    expect(output).toContain("an answer could not be decrypted");
    expect(output).toContain(answer.id);
    const draftTokenHash = createHash("sha256").update(token).digest("hex");
    for (const secret of [canary, "lilac heron", canaryWhy, "only the moon", canaryPseudonym, code, code.replace(/-/g, ""), token, draftTokenHash, passphrase]) {
      expect(output.includes(secret), `the logs contain "${secret}"`).toBe(false);
    }
  }, 60_000);
});
