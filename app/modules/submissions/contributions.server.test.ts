/**
 * The contribution's life in the database: encrypted answers that fail
 * loudly (for that row only) when altered or moved, withdrawal that leaves
 * neither text nor ciphertext anywhere, and summaries' counts and quotes
 * that follow withdrawal and consent changes at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "~/generated/prisma/client";
import { noConsent, type ConsentChoices } from "~/modules/consent/consent-choices";
import { DecryptionError } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { generateFormKey } from "./contribution-secrets.server";
import {
  changeContributionConsent,
  purgeAbandonedDrafts,
  readAnswers,
  saveAnswers,
  startContribution,
  type ParsedAnswer,
} from "./contributions.server";
import { countIncludedInput, listQuotableAnswerIds } from "./included-input.server";
import { decryptAnswerText, openSubmissionKey } from "./submission-crypto.server";
import { submitContribution } from "./submit-contribution.server";
import { withdrawContribution } from "./withdraw-contribution.server";

let consultation: { id: string; draftVersionId: string | null };
let consentTextId: string;
let questions: Array<{ id: string; theme: string; kind: string; principleId: string | null }>;

beforeAll(async () => {
  await seedDemo(getDb());
  const row = await getDb().consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, draftVersionId: true, consentTexts: { where: { language: "en" }, select: { id: true } } },
  });
  consultation = { id: row.id, draftVersionId: row.draftVersionId };
  consentTextId = row.consentTexts[0]!.id;
  questions = await getDb().question.findMany({
    where: { consultationId: row.id, kind: "free_text" },
    orderBy: { position: "asc" },
    select: { id: true, theme: true, kind: true, principleId: true },
  });
});

const allow = (overrides: Partial<ConsentChoices> = {}): ConsentChoices => ({ ...noConsent, useInSummaries: true, ...overrides });

const textAnswer = (questionIndex: number, text: string, quote: ParsedAnswer["quoteConsent"] = "count_only"): ParsedAnswer => ({
  questionId: questions[questionIndex]!.id,
  principleId: null,
  text,
  stance: null,
  optionIds: [],
  quoteConsent: quote,
});

/** A sent, account-less contribution with the given answers. */
async function sentContribution(answers: ParsedAnswer[], choices = allow()) {
  const started = await startContribution({
    consultation,
    owner: { kind: "browser" },
    formKey: generateFormKey(),
    consentTextId,
    choices,
    language: "en",
  });
  if (started.kind !== "started" || !started.draftToken) throw new Error("not started");
  expect((await saveAnswers({ submissionId: started.submissionId, answers })).ok).toBe(true);
  const sent = await submitContribution({
    submissionId: started.submissionId,
    owner: { kind: "browser", draftToken: started.draftToken },
    formKey: generateFormKey(),
    choices,
  });
  expect(sent.kind).toBe("received");
  return started.submissionId;
}

/** Every row of every table in the public schema, as text. */
async function everyRowAsText(): Promise<string> {
  const tables = await getDb().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const texts: string[] = [];
  for (const { table_name } of tables) {
    const quoted = Prisma.raw(`"${table_name.replaceAll('"', '""')}"`);
    const rows = await getDb().$queryRaw<Array<{ row: string }>>`SELECT t::text AS row FROM ${quoted} t`;
    texts.push(...rows.map((row) => row.row));
  }
  expect(texts.length).toBeGreaterThan(50);
  return texts.join("\n");
}

describe("answers encrypted at rest", () => {
  it("stores no plaintext, and decrypts in the app", async () => {
    const id = await sentContribution([textAnswer(0, "Plaintext must never reach the table.")]);
    const stored = await getDb().answer.findFirstOrThrow({ where: { submissionId: id } });
    expect(stored.textCipher).toMatch(/^v1:/);
    expect(await everyRowAsText()).not.toContain("Plaintext must never reach the table.");
    const submission = await getDb().submission.findUniqueOrThrow({ where: { id }, include: { key: true } });
    expect(submission.key?.wrappedKey).toMatch(/^k1:test1:/);
    expect([...(await readAnswers(submission)).values()][0]?.text).toBe("Plaintext must never reach the table.");
  });

  it("fails loudly for a value altered by one byte, or moved to another row — for that row only", async () => {
    const first = await sentContribution([textAnswer(0, "Untouched answer."), textAnswer(1, "Answer to alter.")]);
    const second = await sentContribution([textAnswer(0, "Another person's answer.")]);
    const rows = await getDb().answer.findMany({ where: { submissionId: first }, orderBy: { questionId: "asc" } });
    const altered = rows.find((row) => row.questionId === questions[1]!.id)!;
    const untouched = rows.find((row) => row.questionId === questions[0]!.id)!;

    // Flip one bit of the ciphertext.
    const parts = altered.textCipher!.split(":");
    const bytes = Buffer.from(parts[3]!, "base64url");
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    parts[3] = bytes.toString("base64url");
    await getDb().answer.update({ where: { id: altered.id }, data: { textCipher: parts.join(":") } });

    const submission = await getDb().submission.findUniqueOrThrow({ where: { id: first }, include: { key: true } });
    const key = openSubmissionKey(first, submission.key!.wrappedKey, getMasterKeyRing());
    expect(() => decryptAnswerText(key, parts.join(":"), altered.id, first)).toThrow(DecryptionError);
    const read = await readAnswers(submission);
    expect(read.get(altered.questionId)).toMatchObject({ unreadable: true, text: null });
    expect(read.get(untouched.questionId)).toMatchObject({ unreadable: false, text: "Untouched answer." });

    // Move the other contribution's ciphertext into this row: bound to its own row, it cannot be read here.
    const foreign = await getDb().answer.findFirstOrThrow({ where: { submissionId: second } });
    await getDb().answer.update({ where: { id: altered.id }, data: { textCipher: foreign.textCipher } });
    expect(() => decryptAnswerText(key, foreign.textCipher!, altered.id, first)).toThrow(DecryptionError);
    expect((await readAnswers(submission)).get(altered.questionId)).toMatchObject({ unreadable: true });
    // Swapping two answers of the same contribution fails too (the answer's id is bound).
    await getDb().answer.update({ where: { id: altered.id }, data: { textCipher: untouched.textCipher } });
    expect((await readAnswers(submission)).get(altered.questionId)).toMatchObject({ unreadable: true });
    expect((await readAnswers(submission)).get(untouched.questionId)?.text).toBe("Untouched answer.");

    // The other contribution is unaffected by all of this.
    const other = await getDb().submission.findUniqueOrThrow({ where: { id: second }, include: { key: true } });
    expect([...(await readAnswers(other)).values()][0]?.text).toBe("Another person's answer.");
  });

  it("fails for every answer of one contribution whose data key was altered, and for no other", async () => {
    const first = await sentContribution([textAnswer(0, "Key tamper victim.")]);
    const second = await sentContribution([textAnswer(0, "Neighbour.")]);
    const a = await getDb().submission.findUniqueOrThrow({ where: { id: first }, include: { key: true } });
    const b = await getDb().submission.findUniqueOrThrow({ where: { id: second }, include: { key: true } });
    // b's wrapped key moved onto a: bound to b's id, it does not open a.
    await getDb().submissionKey.update({ where: { submissionId: first }, data: { wrappedKey: b.key!.wrappedKey } });
    expect(() => openSubmissionKey(first, b.key!.wrappedKey, getMasterKeyRing())).toThrow(DecryptionError);
    expect([...(await readAnswers({ ...a, key: b.key })).values()][0]).toMatchObject({ unreadable: true });
    expect([...(await readAnswers(b)).values()][0]?.text).toBe("Neighbour.");
  });
});

describe("withdrawal", () => {
  it("leaves neither the text nor its ciphertext in any table, and the drafters' counts drop by one", async () => {
    const words = "Withdrawal canary: these words must vanish.";
    const id = await sentContribution([textAnswer(4, words, "drafters")], allow({ draftersMayQuote: true }));
    await getDb().submission.update({ where: { id }, data: { status: "approved" } });
    await getDb().themeTag.create({ data: { submissionId: id, theme: "protection" } });
    const answer = await getDb().answer.findFirstOrThrow({ where: { submissionId: id } });
    await getDb().redaction.create({ data: { answerId: answer.id, start: 0, end: 4 } });
    const ciphertext = answer.textCipher!;
    const ciphertextBody = ciphertext.split(":")[3]!;
    const before = await countIncludedInput(consultation.id);
    expect(await listQuotableAnswerIds(consultation.id, "drafters")).toContain(answer.id);

    const result = await withdrawContribution(id);
    expect(result).toEqual({ kind: "withdrawn", publishedSummaryExisted: false });

    const everything = await everyRowAsText();
    expect(everything).not.toContain(ciphertext);
    expect(everything).not.toContain(ciphertextBody);
    expect(everything).not.toContain(words);
    expect(await getDb().answer.count({ where: { submissionId: id } })).toBe(0);
    expect(await getDb().themeTag.count({ where: { submissionId: id } })).toBe(0);
    expect(await getDb().redaction.count({ where: { answerId: answer.id } })).toBe(0);
    // The tombstone: status and day, and no key left to decrypt any copy of the text anywhere.
    const tombstone = await getDb().submission.findUniqueOrThrow({ where: { id }, include: { consentRecord: true, key: true } });
    expect(tombstone).toMatchObject({ status: "withdrawn", key: null, draftTokenHash: null });
    // The key's deletion asks for the purge that removes its copies from the database's files.
    expect(await getDb().keyPurgeRequest.count({ where: { tableName: "SubmissionKey" } })).toBeGreaterThan(0);
    expect(tombstone.withdrawnOn?.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(tombstone.consentRecord?.withdrawnOn).not.toBeNull();

    const after = await countIncludedInput(consultation.id);
    expect(after.total).toBe(before.total - 1);
    expect(after.byTheme.protection).toBe(before.byTheme.protection - 1);
    expect(after.byTheme.prevention).toBe(before.byTheme.prevention);
    expect(await listQuotableAnswerIds(consultation.id, "drafters")).not.toContain(answer.id);
    expect(await withdrawContribution(id)).toEqual({ kind: "alreadyWithdrawn" });

    const audit = await getDb().auditEvent.findMany({ where: { action: "submission.withdrawn" } });
    expect(audit.length).toBeGreaterThan(0);
    for (const event of audit) {
      expect(event.subjectId).toBeNull();
      expect(JSON.stringify(event.details)).not.toContain(words);
    }
  });
});

describe("consent followed at once", () => {
  it("takes a quote out of the drafters' view as soon as quote consent is withdrawn, and out of the counts without (a)", async () => {
    const id = await sentContribution([textAnswer(2, "Quote me, for now.", "public")], allow({ draftersMayQuote: true, publicQuotes: true }));
    await getDb().submission.update({ where: { id }, data: { status: "approved" } });
    const answer = await getDb().answer.findFirstOrThrow({ where: { submissionId: id } });
    expect(await listQuotableAnswerIds(consultation.id, "public")).toContain(answer.id);

    // Narrowing the contribution-wide choice narrows every answer (public → drafters only).
    await changeContributionConsent(id, allow({ draftersMayQuote: true }));
    expect(await listQuotableAnswerIds(consultation.id, "public")).not.toContain(answer.id);
    expect(await listQuotableAnswerIds(consultation.id, "drafters")).toContain(answer.id);

    // Narrowing one answer.
    await changeContributionConsent(id, allow({ draftersMayQuote: true }), { answerQuoteConsent: new Map([[answer.id, "count_only"]]) });
    expect(await listQuotableAnswerIds(consultation.id, "drafters")).not.toContain(answer.id);

    const counted = (await countIncludedInput(consultation.id)).total;
    await changeContributionConsent(id, { ...noConsent });
    expect((await countIncludedInput(consultation.id)).total).toBe(counted - 1);
    const changes = await getDb().consentChange.count({ where: { consentRecord: { submissions: { some: { id } } } } });
    expect(changes).toBe(3);
  });
});

describe("abandoned drafts", () => {
  it("are purged when nobody can reach them any more (no receipt code, cookie long gone); others stay", async () => {
    const started = await startContribution({
      consultation,
      owner: { kind: "browser" },
      formKey: generateFormKey(),
      consentTextId,
      choices: allow(),
      language: "en",
    });
    if (started.kind !== "started") throw new Error("not started");
    await saveAnswers({ submissionId: started.submissionId, answers: [textAnswer(0, "Abandoned.")] });
    const kept = await sentContribution([textAnswer(0, "Sent, so kept.")]);
    const { consentRecordId } = await getDb().submission.findUniqueOrThrow({ where: { id: started.submissionId } });
    const inThreeDays = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    expect(await purgeAbandonedDrafts(inThreeDays)).toBeGreaterThanOrEqual(1);
    expect(await getDb().submission.count({ where: { id: started.submissionId } })).toBe(0);
    expect(await getDb().submission.count({ where: { id: kept } })).toBe(1);
    expect(await getDb().consentRecord.count({ where: { id: consentRecordId! } })).toBe(0);
    expect(await getDb().answer.count({ where: { submissionId: started.submissionId } })).toBe(0);
  });
});

describe("an old review form sent again", () => {
  it("cannot bring back consent choices that a later send narrowed", async () => {
    const started = await startContribution({
      consultation,
      owner: { kind: "browser" },
      formKey: generateFormKey(),
      consentTextId,
      choices: allow(),
      language: "en",
    });
    if (started.kind !== "started" || !started.draftToken) throw new Error("not started");
    const owner = { kind: "browser" as const, draftToken: started.draftToken };
    await saveAnswers({ submissionId: started.submissionId, answers: [textAnswer(0, "Words for the record.")] });
    const firstForm = generateFormKey();
    const wide = allow({ draftersMayQuote: true, publicQuotes: true });
    expect((await submitContribution({ submissionId: started.submissionId, owner, formKey: firstForm, choices: wide })).kind).toBe("received");
    // The person edits and narrows their choices with a newer form…
    const narrowed = await submitContribution({ submissionId: started.submissionId, owner, formKey: generateFormKey(), choices: allow() });
    expect(narrowed).toMatchObject({ kind: "received", edited: true });
    // …then an old tab sends the first form again.
    const replay = await submitContribution({ submissionId: started.submissionId, owner, formKey: firstForm, choices: wide });
    expect(replay.kind).toBe("alreadySent");
    const record = await getDb().submission.findUniqueOrThrow({
      where: { id: started.submissionId },
      select: { consentRecord: { select: { publicQuotes: true, draftersMayQuote: true } } },
    });
    expect(record.consentRecord).toEqual({ publicQuotes: false, draftersMayQuote: false });
  });
});
