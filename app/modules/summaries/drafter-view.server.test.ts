/**
 * The drafters' minimal view: approved input's redacted text only, only
 * where consent lets drafters read it quoted, grouped by theme and
 * question; never an original word, an unapproved or unredacted answer, an
 * in-person consent reference or a safety flag; one read event per
 * contribution shown.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { generateFormKey } from "~/modules/submissions/contribution-secrets.server";
import { openContributionKey } from "~/modules/moderation/contribution-texts.server";
import { storeRedactedTexts } from "~/modules/redaction/store-redacted-text.server";
import { decryptAnswerText } from "~/modules/submissions/submission-crypto.server";
import { recordInPersonSpeaker } from "~/modules/in-person/record-in-person-speaker.server";
import { startInPersonSession } from "~/modules/in-person/start-in-person-session.server";
import { showDrafterView } from "./get-drafter-view.server";

let consultationId: string;
let drafterId: string;
let view: Awaited<ReturnType<typeof showDrafterView>>;
let shownIds: string[];
const ids: Record<string, string> = {};

/** Redacts `name` out of the answer's text, as a facilitator's accepted span does. */
async function redact(submissionId: string, name: string) {
  const db = getDb();
  const dataKey = (await openContributionKey(submissionId))!;
  await db.$transaction(async (tx) => {
    const answer = await tx.answer.findFirstOrThrow({ where: { submissionId } });
    const text = decryptAnswerText(dataKey, answer.textCipher!, answer.id, submissionId);
    const start = text.indexOf(name);
    if (start >= 0) await tx.redaction.create({ data: { answerId: answer.id, start, end: start + name.length, kind: "name" } });
    await storeRedactedTexts(tx, submissionId, dataKey);
  });
}

beforeAll(async () => {
  const db = getDb();
  await seedDemo(db);
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { slug: "bogota-2026" },
    select: { id: true, hosts: { select: { organisationId: true } } },
  });
  consultationId = consultation.id;
  const organisationId = consultation.hosts[0]!.organisationId;
  drafterId = (await db.staffUser.create({ data: { username: "drafter-view", passphraseHash: "x" } })).id;
  const [approved, countOnly, received, unredacted] = await seedSampleContributions(db, consultationId, [
    { language: "en", texts: ["ORIGINAL-CANARY-Beatriz said the school should listen."], status: "approved" },
    { language: "en", texts: ["COUNT-ONLY-CANARY only counted."], status: "approved", quoteConsent: "count_only" },
    { language: "en", texts: ["RECEIVED-CANARY not yet moderated."], status: "received" },
    { language: "es", texts: ["UNREDACTED-CANARY aprobado sin anonimizar."], status: "approved" },
  ]);
  Object.assign(ids, { approved, countOnly, received, unredacted });
  await redact(approved!, "ORIGINAL-CANARY-Beatriz");
  await redact(countOnly!, "nothing to find");
  await redact(received!, "nothing to find");
  await db.safetyFlag.create({ data: { submissionId: approved!, organisationId } });

  const started = await startInPersonSession({
    consultationId,
    actorId: drafterId,
    organisationIds: [organisationId],
    heldOn: "2026-11-20",
    place: "Usme",
    language: "es",
    peoplePresent: 8,
    now: new Date("2026-11-25T12:00:00Z"),
  });
  if (!started.ok) throw new Error(started.error);
  const questionId = (await db.question.findFirstOrThrow({ where: { consultationId, kind: "free_text" }, orderBy: { position: "asc" } })).id;
  const inPerson = await recordInPersonSpeaker({
    consultationId,
    sessionId: started.sessionId,
    actorId: drafterId,
    organisationIds: [organisationId],
    formKey: generateFormKey(),
    consentBasis: "written",
    consentReference: "REFERENCE-CANARY form 3",
    choices: { useInSummaries: true, draftersMayQuote: true, publicQuotes: false, inboxContact: false },
    answers: new Map([[questionId, "En persona: que haya refugios."]]),
  });
  ids.inPerson = (inPerson as { submissionId: string }).submissionId;
  await db.submission.update({ where: { id: ids.inPerson }, data: { status: "approved" } });
  await redact(ids.inPerson, "nothing to find");

  const before = await db.auditEvent.count({ where: { actorId: drafterId, action: "submission.read" } });
  view = await showDrafterView({ consultationId, language: "en", actorId: drafterId, organisationId });
  const events = await db.auditEvent.findMany({ where: { actorId: drafterId, action: "submission.read" }, orderBy: { at: "asc" }, skip: before });
  shownIds = events.map((event) => event.subjectId!).sort();
});

const everything = () => JSON.stringify(view);

describe("the drafters' view", () => {
  it("shows approved input as redacted, grouped by theme and question", () => {
    expect(everything()).toContain("[name] said the school should listen.");
    expect(everything()).toContain("En persona: que haya refugios.");
    expect(view.themes.length).toBeGreaterThan(0);
    expect(view.themes[0]!.questions[0]!.prompt).not.toBe("");
  });

  it("never shows an original word, unapproved, count-only or unredacted input", () => {
    for (const canary of ["ORIGINAL-CANARY", "COUNT-ONLY-CANARY", "RECEIVED-CANARY", "UNREDACTED-CANARY"]) expect(everything()).not.toContain(canary);
    expect(view.awaitingRedaction).toBe(1);
  });

  it("carries no consent reference, safety flag or contribution id", () => {
    expect(everything()).not.toContain("REFERENCE-CANARY");
    expect(everything()).not.toMatch(/safety|flag/i);
    for (const id of Object.values(ids)) expect(everything()).not.toContain(id);
  });

  it("records one read event per contribution shown, and none for any other", () => {
    expect(shownIds).toEqual([ids.approved, ids.inPerson].sort());
  });
});
