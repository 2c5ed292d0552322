/**
 * In-person input in the database (acceptance 5): a session, then each
 * speaker as one contribution of kind "in_person" with its consent basis, a
 * consent record in the session's language, its own data key and answers
 * encrypted like online input, the consent reference encrypted too, no
 * participant; one audit event per save, never text; counted like online
 * input, and a merged duplicate not counted at all.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { readAnswerTexts } from "~/modules/moderation/contribution-texts.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";
import { countIncludedInput, listQuotableAnswerIds } from "~/modules/submissions/included-input.server";
import {
  consentReferenceContext,
  decryptForSubmission,
  openSubmissionKey,
} from "~/modules/submissions/submission-crypto.server";
import { recordInPersonSpeaker } from "./record-in-person-speaker.server";
import { startInPersonSession } from "./start-in-person-session.server";

let consultationId: string;
let organisationId: string;
let otherOrganisationId: string;
let actorId: string;
let questionIds: string[];

const choices = { useInSummaries: true, draftersMayQuote: true, publicQuotes: false, inboxContact: false };

beforeAll(async () => {
  const db = getDb();
  await seedDemo(db);
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, hosts: { select: { organisationId: true } }, questions: { where: { kind: "free_text" }, select: { id: true } } },
  });
  consultationId = consultation.id;
  [organisationId, otherOrganisationId] = consultation.hosts.map((host) => host.organisationId) as [string, string];
  questionIds = consultation.questions.map((question) => question.id);
  actorId = (await db.staffUser.create({ data: { username: "in-person-facilitator", passphraseHash: "x" } })).id;
});

async function newSession(): Promise<string> {
  const started = await startInPersonSession({
    consultationId,
    actorId,
    organisationIds: [organisationId],
    heldOn: "2026-11-20",
    place: "Kennedy",
    language: "es",
    peoplePresent: 12,
    now: new Date("2026-11-25T12:00:00Z"),
  });
  if (!started.ok) throw new Error(started.error);
  return started.sessionId;
}

const speaker = (sessionId: string, answers: Array<[number, string]>, overrides: Partial<Parameters<typeof recordInPersonSpeaker>[0]> = {}) =>
  recordInPersonSpeaker({
    consultationId,
    sessionId,
    actorId,
    organisationIds: [organisationId],
    formKey: generateFormKey(),
    consentBasis: "oral",
    consentReference: "Form 14, heard by the second facilitator",
    choices,
    answers: new Map(answers.map(([index, text]) => [questionIds[index]!, text])),
    ...overrides,
  });

const auditCount = () => getDb().auditEvent.count({ where: { actorId } });

describe("an in-person session", () => {
  it("is refused with a specific message for a future date, a language the consultation lacks, or another organisation", async () => {
    const base = { consultationId, actorId, organisationIds: [organisationId], place: "Suba", peoplePresent: 3, now: new Date("2026-11-25T12:00:00Z") };
    expect(await startInPersonSession({ ...base, heldOn: "2026-12-01", language: "es" })).toMatchObject({ ok: false, error: "workspace:inPerson.errors.heldOnFuture" });
    expect(await startInPersonSession({ ...base, heldOn: "2026-11-20", language: "pt" })).toMatchObject({ ok: false, error: "workspace:inPerson.errors.languageInvalid" });
    expect(await startInPersonSession({ ...base, heldOn: "2026-11-20", language: "es", organisationId: otherOrganisationId })).toMatchObject({
      ok: false,
      error: "workspace:inPerson.errors.organisationInvalid",
    });
  });

  it("records the session with one audit event", async () => {
    const before = await auditCount();
    const sessionId = await newSession();
    const row = await getDb().inPersonSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({ consultationId, organisationId, place: "Kennedy", language: "es", peoplePresent: 12 });
    expect(row.heldOn.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(await auditCount()).toBe(before + 1);
  });
});

describe("a speaker's input", () => {
  it("becomes one in-person contribution with its consent basis, an encrypted reference and encrypted answers, nobody named", async () => {
    const sessionId = await newSession();
    const before = await auditCount();
    const result = await speaker(sessionId, [
      [0, "Que escuchen a las mujeres del barrio."],
      [2, "Acompañamiento psicosocial."],
    ]);
    expect(result.kind).toBe("saved");
    const id = (result as { submissionId: string }).submissionId;
    const row = await getDb().submission.findUniqueOrThrow({
      where: { id },
      include: { consentRecord: { include: { consentText: true } }, key: true, answers: true },
    });
    expect(row).toMatchObject({ kind: "in_person", status: "received", consentBasis: "oral", participantId: null, language: "es", inPersonSessionId: sessionId });
    expect(row.consentRecord).toMatchObject({ participantId: null, ...choices });
    expect(row.consentRecord!.consentText.language).toBe("es");
    expect(row.answers).toHaveLength(2);
    // Stored only encrypted, under the contribution's own data key.
    expect(row.consentReferenceCipher).not.toContain("Form 14");
    const dataKey = openSubmissionKey(id, row.key!.wrappedKey, getMasterKeyRing());
    expect(decryptForSubmission(dataKey, row.consentReferenceCipher!, consentReferenceContext(id))).toBe("Form 14, heard by the second facilitator");
    const texts = (await readAnswerTexts([id])).get(id)!;
    expect(texts.map((answer) => answer.text).sort()).toEqual(["Acompañamiento psicosocial.", "Que escuchen a las mujeres del barrio."]);
    // Each answer travels as far as the speaker's choices allow: drafters, not public.
    expect(new Set(row.answers.map((answer) => answer.quoteConsent))).toEqual(new Set(["drafters"]));
    // One audit event, naming the item but holding no text.
    const events = await getDb().auditEvent.findMany({ where: { actorId }, orderBy: { at: "asc" }, skip: before });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "submission.entered-in-person", subjectId: id, organisationId });
    expect(JSON.stringify(events)).not.toMatch(/escuchen|psicosocial|Form 14/);
  });

  it("is saved once when the same form is sent twice", async () => {
    const sessionId = await newSession();
    const formKey = generateFormKey();
    expect((await speaker(sessionId, [[0, "Una vez."]], { formKey })).kind).toBe("saved");
    const before = await auditCount();
    expect((await speaker(sessionId, [[0, "Una vez."]], { formKey })).kind).toBe("alreadySaved");
    expect(await auditCount()).toBe(before);
    expect(await getDb().submission.count({ where: { inPersonSessionId: sessionId } })).toBe(1);
  });

  it("is refused, with nothing stored, without (a), with (d), with (c) but not (b), or without any answer", async () => {
    const sessionId = await newSession();
    const before = await auditCount();
    const cases: Array<[Partial<Parameters<typeof recordInPersonSpeaker>[0]>, string]> = [
      [{ choices: { ...choices, useInSummaries: false } }, "workspace:inPerson.errors.summariesNeeded"],
      [{ choices: { ...choices, inboxContact: true } }, "workspace:inPerson.errors.noInbox"],
      [{ choices: { ...choices, draftersMayQuote: false, publicQuotes: true } }, "workspace:inPerson.errors.publicNeedsDrafters"],
      [{ answers: new Map() }, "workspace:inPerson.errors.noAnswers"],
    ];
    for (const [overrides, error] of cases) {
      expect(await speaker(sessionId, [[0, "Algo."]], overrides)).toMatchObject({ kind: "refused", error });
    }
    expect(await getDb().submission.count({ where: { inPersonSessionId: sessionId } })).toBe(0);
    expect(await auditCount()).toBe(before);
  });

  it("cannot be added to another organisation's session", async () => {
    const sessionId = await newSession();
    expect((await speaker(sessionId, [[0, "Algo."]], { organisationIds: [otherOrganisationId] })).kind).toBe("sessionNotFound");
  });
});

describe("counting", () => {
  it("counts in-person input like online input, and a merged duplicate not at all", async () => {
    const sessionId = await newSession();
    const before = await countIncludedInput(consultationId);
    const saved = await speaker(sessionId, [[0, "Contar como en línea."]]);
    const inPersonId = (saved as { submissionId: string }).submissionId;
    const [onlineId] = await seedSampleContributions(getDb(), consultationId, [{ language: "es", texts: ["En línea."] }]);
    // Still in the queue: not included in summaries until a facilitator approves it (the rollups' rule).
    expect((await countIncludedInput(consultationId)).total).toBe(before.total);

    // Approved, both count and are quotable to drafters alike.
    await getDb().submission.updateMany({ where: { id: { in: [inPersonId, onlineId!] } }, data: { status: "approved" } });
    const afterBoth = await countIncludedInput(consultationId);
    expect(afterBoth.total).toBe(before.total + 2);
    const quotable = new Set(await listQuotableAnswerIds(consultationId, "drafters"));
    const answers = await getDb().answer.findMany({ where: { submissionId: { in: [inPersonId, onlineId!] } }, select: { id: true } });
    expect(answers.every((answer) => quotable.has(answer.id))).toBe(true);

    // The in-person one merged into the online one as an exact duplicate: counted and quoted once.
    await getDb().submission.update({ where: { id: inPersonId }, data: { duplicateOfId: onlineId } });
    expect((await countIncludedInput(consultationId)).total).toBe(afterBoth.total - 1);
    const quotableAfter = new Set(await listQuotableAnswerIds(consultationId, "drafters"));
    const mergedAnswerIds = (await getDb().answer.findMany({ where: { submissionId: inPersonId }, select: { id: true } })).map((row) => row.id);
    expect(mergedAnswerIds.length).toBeGreaterThan(0);
    expect(mergedAnswerIds.some((id) => quotableAfter.has(id))).toBe(false);

    // Rejected in-person input is not counted, like rejected online input.
    await getDb().submission.update({ where: { id: inPersonId }, data: { duplicateOfId: null, status: "rejected" } });
    expect((await countIncludedInput(consultationId)).total).toBe(afterBoth.total - 1);
  });
});
