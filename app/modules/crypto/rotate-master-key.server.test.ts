/**
 * Master key rotation on a real database: rotate, drop the old key, and
 * every row — answers, staff authenticator secrets, syntheses, pseudonyms — still
 * decrypts; through the module and through `npm run admin -- rotate-keys`.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { createParticipantAccount } from "~/modules/auth/create-participant-account.server";
import { participantPseudonymContext } from "~/modules/auth/pseudonym.server";
import { totpContext } from "~/modules/auth/totp.server";
import { noConsent } from "~/modules/consent/consent-choices";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";
import { readAnswers, saveAnswers, startContribution } from "~/modules/submissions/contributions.server";
import { submitContribution } from "~/modules/submissions/submit-contribution.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import {
  decryptText,
  encryptText,
  generateMasterKeyEntry,
  masterKeyIdOf,
  newDataKey,
  openValue,
  parseMasterKeyRing,
  unwrapDataKey,
  wrapDataKey,
  type MasterKeyRing,
} from "./envelope.server";
import { getMasterKeyRing } from "./keys.server";
import { rotateMasterKey, themeSynthesisKeyContext } from "./rotate-master-key.server";
import { knownTermContext, sealKnownTerm } from "~/modules/redaction/known-terms.server";

const run = promisify(execFile);
const projectRoot = path.resolve(__dirname, "../../..");

const texts = ["First survivor's words.", "Second survivor's words.", "Third survivor's words."];
let submissionIds: string[] = [];
let staffIds: string[] = [];
let synthesisId: string;
const pseudonyms = ["rotating heron", "rotating willow"];
let participantIds: string[] = [];
let lostId: string;
let knownTermId: string;

async function sentContribution(consultation: { id: string; draftVersionId: string | null }, consentTextId: string, questionId: string, text: string) {
  const choices = { ...noConsent, useInSummaries: true };
  const started = await startContribution({ consultation, owner: { kind: "browser" }, formKey: generateFormKey(), consentTextId, choices, language: "en" });
  if (started.kind !== "started" || !started.draftToken) throw new Error("not started");
  await saveAnswers({
    submissionId: started.submissionId,
    answers: [{ questionId, principleId: null, text, stance: null, optionIds: [], quoteConsent: "count_only" }],
  });
  await submitContribution({ submissionId: started.submissionId, owner: { kind: "browser", draftToken: started.draftToken }, formKey: generateFormKey(), choices });
  return started.submissionId;
}

/** Everything that should decrypt, read with the given keys. */
async function readEverything(ring: MasterKeyRing) {
  const answers: string[] = [];
  for (const id of submissionIds) {
    const submission = await getDb().submission.findUniqueOrThrow({ where: { id }, include: { key: true } });
    for (const answer of (await readAnswers(submission, ring)).values()) answers.push(answer.unreadable ? "UNREADABLE" : (answer.text ?? ""));
  }
  const staff = await getDb().staffUser.findMany({ where: { id: { in: staffIds } }, orderBy: { username: "asc" } });
  const secrets = staff.map((member) => openValue(member.totpSecretCipher!, ring, totpContext(member.id)));
  const synthesis = await getDb().themeSynthesis.findUniqueOrThrow({ where: { id: synthesisId } });
  const dataKey = unwrapDataKey(synthesis.wrappedKey, ring, themeSynthesisKeyContext(synthesisId));
  const participants = await getDb().participant.findMany({ where: { id: { in: participantIds } } });
  const names = participantIds.map((id) => openValue(participants.find((row) => row.id === id)!.pseudonymCipher!, ring, participantPseudonymContext(id)));
  const term = await getDb().knownTerm.findUniqueOrThrow({ where: { id: knownTermId } });
  const knownTerm = openValue(term.valueCipher, ring, knownTermContext(knownTermId));
  return { answers, secrets, names, knownTerm, synthesis: decryptText(dataKey, synthesis.bodyCipher, themeSynthesisKeyContext(synthesisId)) };
}

beforeAll(async () => {
  const db = getDb();
  await seedDemo(db);
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, draftVersionId: true, consentTexts: { where: { language: "en" }, select: { id: true } } },
  });
  const question = await db.question.findFirstOrThrow({ where: { consultationId: consultation.id, kind: "free_text" } });
  submissionIds = [];
  for (const text of texts) submissionIds.push(await sentContribution(consultation, consultation.consentTexts[0]!.id, question.id, text));
  // A withdrawn contribution has no key left to rotate.
  await withdrawContribution(await sentContribution(consultation, consultation.consentTexts[0]!.id, question.id, "Withdrawn."));
  staffIds = (await db.staffUser.findMany({ where: { totpSecretCipher: { not: null } }, select: { id: true } })).map((row) => row.id);
  expect(staffIds.length).toBe(6);

  participantIds = [];
  for (const pseudonym of pseudonyms) {
    const created = await createParticipantAccount({ pseudonym, passphrase: "a long rotation passphrase", language: "en", clientKey: "data-at-rest-test" });
    if (!created.ok) throw new Error("account not created");
    participantIds.push(created.participantId);
  }

  synthesisId = randomUUID();
  const dataKey = newDataKey();
  await db.themeSynthesis.create({
    data: {
      id: synthesisId,
      consultationId: consultation.id,
      theme: "protection",
      version: 1,
      wrappedKey: wrapDataKey(dataKey, getMasterKeyRing(), themeSynthesisKeyContext(synthesisId)),
      bodyCipher: encryptText(dataKey, "Synthesis: safety first.", themeSynthesisKeyContext(synthesisId)),
    },
  });
  knownTermId = randomUUID();
  await db.knownTerm.create({
    data: { id: knownTermId, consultationId: consultation.id, kind: "name", lookup: "rotation-test", valueCipher: sealKnownTerm(knownTermId, "Rotating Rosa") },
  });
  // Four sent contributions and two accounts (argon2 each): longer than the default on a busy machine.
}, 90_000);

describe("master key rotation", () => {
  it("re-wraps every data key under the new key; with the old key dropped, every row still decrypts", async () => {
    const oldEntry = process.env.CONVENE_MASTER_KEY!;
    const newEntry = generateMasterKeyEntry("test2");
    const before = await readEverything(parseMasterKeyRing(oldEntry));
    expect(before.answers).toEqual(texts);
    expect(before.names).toEqual(pseudonyms);
    const ciphertextsBefore = await getDb().answer.findMany({ orderBy: { id: "asc" }, select: { textCipher: true } });

    // The new key is current; the old one is kept as previous while rotating. Small batches on purpose.
    const report = await rotateMasterKey(getDb(), parseMasterKeyRing(newEntry, oldEntry), { batchSize: 2 });
    expect(report).toEqual({
      currentKeyId: "test2",
      submissions: { rewrapped: 3, failed: [] },
      staffTotpSecrets: { rewrapped: 6, failed: [] },
      themeSyntheses: { rewrapped: 1, failed: [] },
      participantPseudonyms: { rewrapped: 2, failed: [] },
      knownTerms: { rewrapped: 1, failed: [] },
    });
    // Only the wraps changed; the encrypted text is untouched.
    expect(await getDb().answer.findMany({ orderBy: { id: "asc" }, select: { textCipher: true } })).toEqual(ciphertextsBefore);
    for (const key of await getDb().submissionKey.findMany({ where: { submissionId: { in: submissionIds } } })) {
      expect(masterKeyIdOf(key.wrappedKey)).toBe("test2");
    }
    // The old wraps linger in the tables' files until the purge rewrites them: it was asked to.
    const requested = await getDb().keyPurgeRequest.findMany({ select: { tableName: true } });
    expect(new Set(requested.map((request) => request.tableName))).toEqual(new Set(["Submission", "SubmissionKey", "StaffUser", "ThemeSynthesis", "Participant", "KnownTerm"]));

    // The old key is gone from the environment.
    expect(await readEverything(parseMasterKeyRing(newEntry))).toEqual(before);
    await expect(readEverything(parseMasterKeyRing(oldEntry))).rejects.toThrow();

    // Idempotent: nothing left to do.
    const again = await rotateMasterKey(getDb(), parseMasterKeyRing(newEntry, oldEntry));
    expect(
      again.submissions.rewrapped + again.staffTotpSecrets.rewrapped + again.themeSyntheses.rewrapped + again.participantPseudonyms.rewrapped + again.knownTerms.rewrapped,
    ).toBe(0);
    process.env.ROTATION_TEST_KEY = newEntry;
  });

  it("reports a row it cannot unwrap by id and leaves it exactly as it was", async () => {
    const current = process.env.ROTATION_TEST_KEY!;
    const lostRing = parseMasterKeyRing(generateMasterKeyEntry("lost"));
    const lostWrap = wrapDataKey(newDataKey(), lostRing, `submission:${submissionIds[0]}`);
    lostId = submissionIds[0]!;
    const original = await getDb().submissionKey.findUniqueOrThrow({ where: { submissionId: lostId } });
    await getDb().submissionKey.update({ where: { submissionId: lostId }, data: { wrappedKey: lostWrap } });
    const test3 = generateMasterKeyEntry("test3");
    const report = await rotateMasterKey(getDb(), parseMasterKeyRing(test3, current));
    expect(report.submissions).toEqual({ rewrapped: 2, failed: [lostId] });
    process.env.ROTATION_TEST_KEY = `${current},${test3}`;
    expect((await getDb().submissionKey.findUniqueOrThrow({ where: { submissionId: lostId } })).wrappedKey).toBe(lostWrap);
    // Put the real key back (wrapped under test2 by the first test), so the next test sees a sound row.
    await getDb().submissionKey.update({ where: { submissionId: lostId }, data: { wrappedKey: original.wrappedKey } });
  });

  it("runs as `npm run admin -- rotate-keys`, after which the previous key can be dropped", async () => {
    // The tests above left rows under test2 and test3, both kept as previous keys; rotate everything to test4.
    const previous = process.env.ROTATION_TEST_KEY!;
    const newEntry = generateMasterKeyEntry("test4");
    const { stdout } = await run("npm", ["run", "--silent", "admin", "--", "rotate-keys"], {
      cwd: projectRoot,
      env: {
        ...process.env,
        CONVENE_MASTER_KEY: newEntry,
        CONVENE_PREVIOUS_MASTER_KEYS: previous,
        LOG_LEVEL: "silent",
      },
    });
    expect(stdout).toContain('Re-wrapped under master key "test4": 3 submission key(s), 6 staff authenticator secret(s), 1 synthesis key(s), 2 pseudonym key(s), 1 known-term key(s).');
    expect(stdout).toContain("the old keys can be removed");
    const after = await readEverything(parseMasterKeyRing(newEntry));
    expect(after.answers).toEqual(texts);
    expect(after.synthesis).toBe("Synthesis: safety first.");
    expect(after.names).toEqual(pseudonyms);
  }, 60_000);
});
