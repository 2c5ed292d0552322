/**
 * Acceptance 7: withdrawal reaches everything the workspace added. A
 * contribution whose text carries a canary is redacted (Redaction rows and
 * the stored redacted text), coded (themes, principles, an emerging theme),
 * messaged both ways, flagged, given a moderation note, an exact duplicate
 * merged into it, and its author's self-description saved; then its author withdraws it through their own path.
 * Afterwards a dump of the whole database holds neither the canary, nor its
 * redacted form, nor the message canaries — nor any ciphertext that was
 * stored for them — and no redacted text, tag, message, flag, note or
 * merged duplicate's words remain.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { sendFacilitatorMessage } from "~/modules/inbox/facilitator-thread.server";
import { replyToFacilitator } from "~/modules/inbox/participant-thread.server";
import { openContributionKey } from "~/modules/moderation/contribution-texts.server";
import { applyRedactions } from "~/modules/redaction/apply-redactions";
import { storeRedactedTexts } from "~/modules/redaction/store-redacted-text.server";
import { saveSelfDescription } from "~/modules/self-description/save-self-description.server";
import { changeOrWithdraw } from "~/modules/submissions/change-or-withdraw.server";
import { encryptForSubmission, moderationNoteContext } from "~/modules/submissions/submission-crypto.server";
import { dumpDatabase } from "../support/database-dump";

const name = "Lucía Fernández-CANARY";
const canary = `WITHDRAW-CANARY-3f9 ${name} told us the shelter in the north closed.`;
const redactedForm = applyRedactions(canary, [{ start: canary.indexOf(name), end: canary.indexOf(name) + name.length, kind: "name" }]);
const staffMessage = "MESSAGE-CANARY-staff-81c could you say more about the shelter?";
const participantMessage = "MESSAGE-CANARY-participant-27d yes, it closed in March.";
const note = "NOTE-CANARY-55a mentions a named person.";
const selfWords = "SELFDESC-CANARY-9d0";

let submissionId: string;
let duplicateId: string;
let answerIds: string[];
let ciphertexts: string[];
let dumpAfter: string;

beforeAll(async () => {
  const db = getDb();
  await seedDemo(db);
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, hosts: { select: { organisationId: true } }, draftVersion: { select: { principles: { select: { id: true }, take: 1 } } } },
  });
  const organisationId = consultation.hosts[0]!.organisationId;
  const facilitator = await db.staffUser.create({ data: { username: "withdrawal-facilitator", passphraseHash: "x" } });
  const participant = await db.participant.create({ data: { pseudonymKey: "withdrawal-test-participant", passphraseHash: "x" } });
  [submissionId, duplicateId] = (await seedSampleContributions(db, consultation.id, [
    { language: "en", texts: [canary], status: "in_review", participantId: participant.id, choices: { inboxContact: true } },
    { language: "en", texts: [canary], status: "in_review", participantId: participant.id },
  ])) as [string, string];
  const answers = await db.answer.findMany({ where: { submissionId }, select: { id: true } });
  answerIds = answers.map((answer) => answer.id);
  const dataKey = (await openContributionKey(submissionId))!;

  // Redacted: a span and the stored redacted text.
  await db.$transaction(async (tx) => {
    await tx.redaction.create({ data: { answerId: answerIds[0]!, start: canary.indexOf(name), end: canary.indexOf(name) + name.length, kind: "name" } });
    await storeRedactedTexts(tx, submissionId, dataKey);
  });
  // Coded: a theme, a principle, an emerging theme, and a contribution-wide theme tag.
  const emerging = await db.emergingTheme.create({ data: { consultationId: consultation.id, name: "Shelters closing" } });
  await db.answerTheme.create({ data: { answerId: answerIds[0]!, theme: "protection" } });
  const principleId = consultation.draftVersion?.principles[0]?.id;
  if (principleId) await db.answerPrinciple.create({ data: { answerId: answerIds[0]!, principleId } });
  await db.answerEmergingTheme.create({ data: { answerId: answerIds[0]!, emergingThemeId: emerging.id } });
  await db.themeTag.create({ data: { submissionId, theme: "protection" } });
  // Messages both ways.
  expect((await sendFacilitatorMessage({ submissionId, actorId: facilitator.id, consultationId: consultation.id, organisationId, body: staffMessage })).ok).toBe(true);
  expect((await replyToFacilitator({ submissionId, body: participantMessage })).ok).toBe(true);
  // A safety flag and a moderation note.
  await db.safetyFlag.create({ data: { submissionId, organisationId, raisedById: facilitator.id } });
  const action = await db.moderationAction.create({ data: { submissionId, actorId: facilitator.id, decision: "hold", reason: "identifying" } });
  await db.moderationAction.update({ where: { id: action.id }, data: { noteCipher: encryptForSubmission(dataKey, note, moderationNoteContext(action.id, submissionId)) } });
  // The author's optional self-description, in their own words.
  expect(
    await saveSelfDescription({ submissionId, values: { genderIdentity: { value: "selfDescribed", words: selfWords }, disability: { value: "yes" } }, consented: true }),
  ).toMatchObject({ kind: "saved" });
  // An exact duplicate merged into it.
  await db.submission.update({ where: { id: duplicateId }, data: { duplicateOfId: submissionId } });

  const stored = await db.answer.findMany({ where: { submissionId: { in: [submissionId, duplicateId] } }, select: { textCipher: true, redactedCipher: true } });
  const messages = await db.message.findMany({ where: { submissionId }, select: { bodyCipher: true } });
  const notes = await db.moderationAction.findMany({ where: { submissionId }, select: { noteCipher: true } });
  const selfDescriptions = await db.selfDescription.findMany({ where: { submissionId }, select: { valuesCipher: true } });
  ciphertexts = [
    ...stored.flatMap((row) => [row.textCipher, row.redactedCipher]),
    ...messages.map((row) => row.bodyCipher),
    ...notes.map((row) => row.noteCipher),
    ...selfDescriptions.map((row) => row.valuesCipher),
  ].filter(
    (value): value is string => typeof value === "string",
  );
  expect(ciphertexts.length).toBeGreaterThanOrEqual(7);
  // Before: the dump must hold these ciphertexts, or the scan after proves nothing.
  const before = (await dumpDatabase()).dump;
  for (const value of ciphertexts) expect(before).toContain(value);

  // Withdrawn by its author, the way My contributions and /receipt do it.
  expect((await changeOrWithdraw({ submissionId, hasAccount: true, request: { intent: "confirmWithdraw" } })).kind).toBe("withdrawn");
  dumpAfter = (await dumpDatabase()).dump;
});

describe("withdrawal after redaction, coding, messages, a flag, a note and a merge", () => {
  it("leaves neither the canary nor its redacted form nor the messages in a database dump", () => {
    for (const needle of [canary, redactedForm, name, "WITHDRAW-CANARY", "MESSAGE-CANARY", "NOTE-CANARY", "SELFDESC-CANARY"]) expect(dumpAfter).not.toContain(needle);
  });

  it("leaves none of the ciphertexts that were stored for them", () => {
    for (const value of ciphertexts) expect(dumpAfter).not.toContain(value);
  });

  it("leaves no redaction, redacted text, tag, message, flag, note, lock, self-description or key", async () => {
    const db = getDb();
    const ids = [submissionId, duplicateId];
    expect(await db.answer.count({ where: { submissionId: { in: ids } } })).toBe(0);
    expect(await db.redaction.count({ where: { answerId: { in: answerIds } } })).toBe(0);
    expect(await db.answerTheme.count({ where: { answerId: { in: answerIds } } })).toBe(0);
    expect(await db.answerPrinciple.count({ where: { answerId: { in: answerIds } } })).toBe(0);
    expect(await db.answerEmergingTheme.count({ where: { answerId: { in: answerIds } } })).toBe(0);
    expect(await db.themeTag.count({ where: { submissionId: { in: ids } } })).toBe(0);
    expect(await db.message.count({ where: { submissionId: { in: ids } } })).toBe(0);
    expect(await db.safetyFlag.count({ where: { submissionId: { in: ids } } })).toBe(0);
    expect(await db.moderationAction.count({ where: { submissionId: { in: ids } } })).toBe(0);
    expect(await db.selfDescription.count({ where: { submissionId: { in: ids } } })).toBe(0);
    expect(await db.submissionKey.count({ where: { submissionId: { in: ids } } })).toBe(0);
  });

  it("withdraws the merged duplicate with it and keeps only tombstones", async () => {
    const rows = await getDb().submission.findMany({
      where: { id: { in: [submissionId, duplicateId] } },
      select: { status: true, participantId: true, duplicateOfId: true, consentReferenceCipher: true },
    });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatchObject({ status: "withdrawn", participantId: null, consentReferenceCipher: null });
  });
});
