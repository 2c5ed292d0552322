/**
 * Redaction on a real database: suggestions for seeded texts in every
 * shipped language, redact once / apply everywhere through the known terms,
 * saving (what drafters then read), and the refusals that store nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { pseudonymLookup, sealPseudonym } from "~/modules/auth/pseudonym.server";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { readAnswerTexts, openContributionKey } from "~/modules/moderation/contribution-texts.server";
import { saveAnswers } from "~/modules/submissions/contributions.server";
import { decryptForSubmission, redactedTextContext } from "~/modules/submissions/submission-crypto.server";
import { withdrawContribution } from "~/modules/submissions/withdraw-contribution.server";
import { addKnownTerm } from "./add-known-term.server";
import { getRedactionPage, type RedactionAnswerView } from "./get-redaction-page.server";
import { readRedactionChoices, rememberFieldName, spanFieldName } from "./redaction-forms";
import { saveRedactions } from "./save-redactions.server";
import { answersWithUnreviewedSuggestions, hasUnreviewedSuggestions, unreviewedSuggestionsBySubmission } from "./unreviewed-suggestions.server";

const actorId = "redaction-test-facilitator";
let consultationId: string;

const seeded: Record<string, string> = {
  en: "Please write to ana.p@correo.example.org or call 300 123 4567, see https://blog.example.org/ana. On 12 March 2024 my husband Carlos Ruiz threatened me.",
  es: "Escríbanme a rosa@ejemplo.org o llamen al 301 555 0199, vean www.ejemplo.net. El 3 de mayo de 2023 mi esposo Pedro Gómez me amenazó.",
  fr: "Écrivez à marie@exemple.org ou au 310 222 3344, voir https://exemple.org/page. Le 14 juillet 2022, mon mari Jean Dupont est parti.",
  ar: "راسلوني على layla@example.org أو اتصلوا على ٣٠٠١٢٣٤٥٦٧ وانظروا www.example.com في ١٢ آذار ٢٠٢٤ زوجي أحمد كان يهددني",
};
const expectedName: Record<string, string> = { en: "Carlos Ruiz", es: "Pedro Gómez", fr: "Jean Dupont", ar: "أحمد" };
const expectedPhone: Record<string, string> = { en: "300 123 4567", es: "301 555 0199", fr: "310 222 3344", ar: "٣٠٠١٢٣٤٥٦٧" };
const expectedDate: Record<string, string> = { en: "12 March 2024", es: "3 de mayo de 2023", fr: "14 juillet 2022", ar: "١٢ آذار ٢٠٢٤" };

async function seed(language: string, text: string, status?: "received" | "in_review") {
  const [id] = await seedSampleContributions(getDb(), consultationId, [{ language, texts: [text], ...(status ? { status } : {}) }]);
  return id!;
}

const pageOf = async (submissionId: string) => {
  const page = await getRedactionPage({ submissionId, consultationId, actorId, organisationId: null, viewerLanguage: "en" });
  if (page.kind !== "ok") throw new Error("no page");
  return page;
};

/** The form a facilitator sends after ticking every suggestion (and keeping every saved span). */
function acceptAllForm(answers: readonly RedactionAnswerView[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const answer of answers) {
    for (const span of [...answer.spans, ...answer.suggestions]) values[spanFieldName(answer.answerId, span.start, span.end)] = span.kind;
  }
  return values;
}

const audit = (action: string, subjectId: string) => getDb().auditEvent.count({ where: { action, subjectId } });

beforeAll(async () => {
  await seedDemo(getDb());
  consultationId = (await getDb().consultation.findUniqueOrThrow({ where: { slug: "bogota-2026" }, select: { id: true } })).id;
}, 60_000);

describe("suggestions in every shipped language", () => {
  for (const language of ["en", "es", "fr", "ar"]) {
    it(`suggests the email, phone number, web address, date and personal name (${language})`, async () => {
      const id = await seed(language, seeded[language]!);
      const page = await pageOf(id);
      const words = page.answers[0]!.suggestions.map((suggestion) => [suggestion.kind, suggestion.words]);
      expect(words).toContainEqual(["detail", seeded[language]!.match(/[\w.]+@[\w.]+\.\w+/)![0]]);
      expect(words).toContainEqual(["phone", expectedPhone[language]]);
      expect(words.some(([kind, found]) => kind === "detail" && /^(https:\/\/|www\.)/.test(found ?? ""))).toBe(true);
      expect(words).toContainEqual(["date", expectedDate[language]]);
      expect(words).toContainEqual(["name", expectedName[language]]);
      // Showing the page is one read of the contribution.
      expect(await audit("submission.read", id)).toBe(1);
      expect(await hasUnreviewedSuggestions(id)).toBe(true);
    });
  }
});

describe("the participant's own pseudonym", () => {
  it("suggests the names the sealed pseudonym carries, opened in the application only", async () => {
    const participantId = crypto.randomUUID();
    await getDb().participant.create({
      data: { id: participantId, pseudonymCipher: sealPseudonym(participantId, "Lucero Andes"), pseudonymKey: pseudonymLookup("Lucero Andes"), passphraseHash: "unused" },
    });
    const [id] = await seedSampleContributions(getDb(), consultationId, [{ language: "es", texts: ["me llaman lucero en el barrio"], participantId }]);
    const suggestion = (await pageOf(id!)).answers[0]!.suggestions.find((s) => s.words === "lucero");
    expect(suggestion).toMatchObject({ kind: "name", source: "pseudonym" });
  });
});

describe("redact once, apply everywhere", () => {
  it("a name added to the known names from one item is suggested in another", async () => {
    const first = await seed("es", "La señora Rosita nos ayudó.");
    const second = await seed("en", "we met rosita near the river");
    expect((await pageOf(second)).answers[0]!.suggestions.map((s) => s.words)).not.toContain("rosita");

    const added = await addKnownTerm({ consultationId, organisationId: null, actorId, submissionId: first, kind: "name", term: "Rosita" });
    expect(added).toEqual({ ok: true });
    const stored = await getDb().knownTerm.findFirstOrThrow({ where: { consultationId, kind: "name" } });
    // Sealed, never the term itself.
    expect(stored.valueCipher).not.toContain("Rosita");
    expect(await audit("redaction.known-term-added", stored.id)).toBe(1);

    const suggestion = (await pageOf(second)).answers[0]!.suggestions.find((s) => s.words === "rosita");
    expect(suggestion).toMatchObject({ kind: "name", source: "knownName" });
    // The same name again (however it is cased) is refused, not listed twice.
    expect(await addKnownTerm({ consultationId, organisationId: null, actorId, submissionId: second, kind: "name", term: "ROSITA" })).toMatchObject({
      ok: false,
      error: "workspace:redaction.errors.nameAlreadyKnown",
    });
  });
});

describe("saving redactions", () => {
  it("a name redacted with 'also add to the known names' is then suggested in another item, under the save's one event", async () => {
    const id = await seed("en", "Yesterday we saw Eulalia Quispe by the road.");
    const page = await pageOf(id);
    const answerId = page.answers[0]!.answerId;
    const name = page.answers[0]!.suggestions.find((s) => s.words === "Eulalia Quispe")!;
    const values = { [spanFieldName(answerId, name.start, name.end)]: "name", [rememberFieldName(answerId, name.start, name.end)]: "on" };
    const before = await getDb().auditEvent.count({ where: { actorId } });
    expect(await saveRedactions({ submissionId: id, consultationId, organisationId: null, actorId, version: page.version, ...readRedactionChoices(values) })).toEqual({
      kind: "saved",
    });
    expect(await getDb().auditEvent.count({ where: { actorId } })).toBe(before + 1);
    const other = await seed("es", "vino eulalia quispe ayer");
    expect((await pageOf(other)).answers[0]!.suggestions.find((s) => s.words === "eulalia quispe")).toMatchObject({ kind: "name", source: "knownName" });
  });

  it("stores what drafters read: placeholders instead of the name and phone number, reviewed, in review, version up, one event", async () => {
    const id = await seed("en", seeded.en!);
    const page = await pageOf(id);
    const result = await saveRedactions({
      submissionId: id,
      consultationId,
      organisationId: null,
      actorId,
      version: page.version,
      ...readRedactionChoices(acceptAllForm(page.answers)),
    });
    expect(result).toEqual({ kind: "saved" });
    const submission = await getDb().submission.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
    expect(submission).toEqual({ status: "in_review", version: page.version + 1 });
    const answer = await getDb().answer.findFirstOrThrow({ where: { submissionId: id }, select: { id: true, redactedCipher: true, redactionReviewed: true } });
    expect(answer.redactionReviewed).toBe(true);
    // Decrypted exactly as drafters' pages and exports decrypt it.
    const dataKey = (await openContributionKey(id))!;
    const redacted = decryptForSubmission(dataKey, answer.redactedCipher!, redactedTextContext(answer.id, id));
    expect(redacted).toBe("Please write to [detail] or call [phone], see [detail]. On [date] my husband [name] threatened me.");
    expect(redacted).not.toContain("Carlos");
    expect(redacted).not.toContain("4567");
    expect((await readAnswerTexts([id])).get(id)![0]!.redactedText).toBe(redacted);
    expect(await audit("submission.redacted", id)).toBe(1);
    expect(await answersWithUnreviewedSuggestions(id)).toEqual([]);
    // A page of the queue asks for many at once: only the ones still to review come back.
    const other = await seed("en", "My brother Tomás lives in Cali.");
    const plain = await seed("en", "nothing identifying here at all");
    const batch = await unreviewedSuggestionsBySubmission([id, other, plain]);
    expect([...batch.keys()]).toEqual([other]);
    // The event says how many, never which words.
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "submission.redacted", subjectId: id } });
    expect(JSON.stringify(event)).not.toContain("Carlos");
  });

  it("adds a span typed by hand (the second occurrence) and removes an unticked one", async () => {
    const id = await seed("en", "Lola said Lola would come.");
    const page = await pageOf(id);
    const answerId = page.answers[0]!.answerId;
    const typed = { [`add:${answerId}:words`]: "Lola", [`add:${answerId}:occurrence`]: "2", [`add:${answerId}:kind`]: "name" };
    expect(await saveRedactions({ submissionId: id, consultationId, organisationId: null, actorId, version: page.version, ...readRedactionChoices(typed) })).toEqual({
      kind: "saved",
    });
    const after = await pageOf(id);
    expect(after.answers[0]!.spans).toEqual([{ start: 10, end: 14, kind: "name", words: "Lola" }]);
    // Sent again with the box unticked: the span is gone.
    expect(await saveRedactions({ submissionId: id, consultationId, organisationId: null, actorId, version: after.version, chosen: [], added: [] })).toEqual({
      kind: "saved",
    });
    expect(await getDb().redaction.count({ where: { answerId } })).toBe(0);
  });

  it("refuses a stale version with both sets of spans, storing nothing", async () => {
    const id = await seed("en", "Call 300 123 4567 today.");
    const page = await pageOf(id);
    const answerId = page.answers[0]!.answerId;
    const chosen = readRedactionChoices(acceptAllForm(page.answers));
    // Someone else saved first.
    await saveRedactions({ submissionId: id, consultationId, organisationId: null, actorId: "someone-else", version: page.version, chosen: [], added: [] });
    const before = await getDb().auditEvent.count();
    const result = await saveRedactions({ submissionId: id, consultationId, organisationId: null, actorId, version: page.version, ...chosen });
    expect(result).toEqual({ kind: "conflict", answers: [{ answerId, stored: [], sent: [{ start: 5, end: 17, kind: "phone", words: "300 123 4567" }] }] });
    expect(await getDb().redaction.count({ where: { answerId } })).toBe(0);
    expect(await getDb().auditEvent.count()).toBe(before);
  });

  it("refuses a span outside the text, overlapping spans and words not in the text, storing nothing", async () => {
    const id = await seed("en", "Maria Lopez lives here.");
    const page = await pageOf(id);
    const answerId = page.answers[0]!.answerId;
    const send = (values: Record<string, string>) =>
      saveRedactions({ submissionId: id, consultationId, organisationId: null, actorId, version: page.version, ...readRedactionChoices(values) });
    expect(await send({ [spanFieldName(answerId, 5, 400)]: "name" })).toMatchObject({ kind: "refused", error: "workspace:redaction.errors.outsideText" });
    expect(await send({ [spanFieldName(answerId, 0, 11)]: "name", [spanFieldName(answerId, 6, 17)]: "place" })).toEqual({
      kind: "refused",
      error: "workspace:redaction.errors.overlap",
      errorValues: { first: "Maria Lopez", second: "Lopez lives" },
    });
    expect(await send({ [`add:${answerId}:words`]: "Carmen", [`add:${answerId}:occurrence`]: "1" })).toMatchObject({
      kind: "refused",
      field: `add:${answerId}:words`,
      error: "workspace:redaction.errors.wordsNotFound",
    });
    expect(await getDb().redaction.count({ where: { answerId } })).toBe(0);
    expect(await getDb().submission.findUniqueOrThrow({ where: { id }, select: { version: true, status: true } })).toEqual({ version: page.version, status: "received" });
    expect(await audit("submission.redacted", id)).toBe(0);
  });

  it("refuses to redact a withdrawn contribution, and its page says so", async () => {
    const id = await seed("en", "Maria Lopez lives here.");
    const page = await pageOf(id);
    const answerId = page.answers[0]!.answerId;
    await withdrawContribution(id);
    const result = await saveRedactions({
      submissionId: id,
      consultationId,
      organisationId: null,
      actorId,
      version: page.version,
      ...readRedactionChoices({ [spanFieldName(answerId, 0, 11)]: "name" }),
    });
    expect(result).toEqual({ kind: "withdrawn" });
    expect(await getRedactionPage({ submissionId: id, consultationId, actorId, organisationId: null, viewerLanguage: "en" })).toEqual({ kind: "withdrawn" });
    expect(await audit("submission.redacted", id)).toBe(0);
  });
});

describe("a participant's edit", () => {
  it("resets the answer's redactions, its redacted text and its review, since the offsets no longer fit", async () => {
    const id = await seed("en", "Call Maria Lopez.");
    const answer = await getDb().answer.findFirstOrThrow({ where: { submissionId: id }, select: { id: true, questionId: true } });
    // Redacted by a facilitator while still received (status stays received in this set-up on purpose).
    await getDb().redaction.create({ data: { answerId: answer.id, start: 5, end: 16, kind: "name" } });
    await getDb().answer.update({ where: { id: answer.id }, data: { redactionReviewed: true, redactedCipher: "v1:stale" } });
    const saved = await saveAnswers({
      submissionId: id,
      answers: [{ questionId: answer.questionId, principleId: null, text: "I changed my words entirely.", stance: null, optionIds: [], quoteConsent: "count_only" }],
    });
    expect(saved).toEqual({ ok: true });
    expect(await getDb().redaction.count({ where: { answerId: answer.id } })).toBe(0);
    expect(await getDb().answer.findUniqueOrThrow({ where: { id: answer.id }, select: { redactedCipher: true, redactionReviewed: true } })).toEqual({
      redactedCipher: null,
      redactionReviewed: false,
    });
  });
});
