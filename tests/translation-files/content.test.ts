/**
 * Consultation content as translation files: export → import of the demo
 * consultation saves nothing; a changed text goes through the editors' use
 * cases with their audit events; a frozen question, a consent text in use or
 * a missing placeholder refuses the whole file, naming its line, with the
 * database exactly as it was.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { demoConsultation } from "~/modules/demo/demo-content";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { getDb } from "~/modules/db/db.server";
import { exportContent } from "~/modules/i18n/translation-files/export-content.server";
import { importContent } from "~/modules/i18n/translation-files/import-content.server";
import { dumpDatabase } from "../support/database-dump";

const slug = demoConsultation.slug;

async function exported(language: string): Promise<string> {
  const result = await exportContent({ slug, language });
  if (result.kind !== "exported") throw new Error(result.reason);
  return result.xliff;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  expect(index, `${needle} is in the file`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split("\n").length;
}

/** Replaces the target of one unit; returns the file and the line of the new target. */
function withTarget(xliff: string, unitId: string, target: string): { xliff: string; line: number } {
  const unit = xliff.indexOf(`<unit id="${unitId}">`);
  expect(unit, `unit ${unitId}`).toBeGreaterThanOrEqual(0);
  const start = xliff.indexOf("<target>", unit);
  const end = xliff.indexOf("</target>", start) + "</target>".length;
  const changed = `${xliff.slice(0, start)}<target>${target}</target>${xliff.slice(end)}`;
  return { xliff: changed, line: changed.slice(0, start).split("\n").length };
}

async function expectRefusedUnchanged(language: string, xliff: string, line: number | null, reason: RegExp) {
  const before = await rows();
  const result = await importContent({ slug, language, xliff });
  expect(result.kind === "refused" ? result.refusal.reason : "imported").toMatch(reason);
  if (result.kind === "refused") expect(result.refusal.line).toBe(line);
  expect(await rows()).toBe(before);
}

/** Every row of the database (pg_dump's per-run \\restrict key left out). */
async function rows(): Promise<string> {
  return (await dumpDatabase()).dump.replace(/^\\(un)?restrict .*$/gm, "");
}

let consultationId: string;
let questionId: string;

beforeAll(async () => {
  await seedDemo(getDb());
  const consultation = await getDb().consultation.findUniqueOrThrow({
    where: { slug },
    select: { id: true, questions: { where: { kind: "free_text" }, orderBy: { position: "asc" }, select: { id: true }, take: 1 } },
  });
  consultationId = consultation.id;
  questionId = consultation.questions[0]!.id;
});

describe("consultation content files", () => {
  it("exports every kind of text with its context and round-trips without saving anything", async () => {
    const xliff = await exported("fr");
    expect(xliff).toContain('srcLang="en" trgLang="fr"');
    for (const file of ["consultation", "principles", "questions", "consent", "support"]) expect(xliff).toContain(`<file id="${file}">`);
    expect(xliff).toContain(`<unit id="question/${questionId}/prompt">`);
    const before = await rows();
    const result = await importContent({ slug, language: "fr", xliff });
    expect(result.kind === "refused" ? result.refusal : null).toBeNull();
    expect(result).toMatchObject({ kind: "imported", saved: 0 });
    expect(await rows()).toBe(before);
  });

  it("refuses a missing placeholder and an unknown unit, naming the line", async () => {
    const { title: demoTitle } = await getDb().consultationTranslation.findUniqueOrThrow({
      where: { consultationId_language: { consultationId, language: "en" } },
    });
    // The demo texts carry no placeholder; a source with one is the editors' to write, so give the title one.
    await getDb().consultationTranslation.update({
      where: { consultationId_language: { consultationId, language: "en" } },
      data: { title: "Bogotá consultation for {{region}}" },
    });
    const xliff = await exported("es");
    const { xliff: broken, line } = withTarget(xliff, "consultation/title", "Consulta de Bogotá");
    await expectRefusedUnchanged("es", broken, line, /missing placeholder \{\{region\}\}/);
    await getDb().consultationTranslation.update({
      where: { consultationId_language: { consultationId, language: "en" } },
      data: { title: demoTitle },
    });
    const unknown = (await exported("es")).replace(`<unit id="question/${questionId}/prompt">`, '<unit id="question/nope/prompt">');
    await expectRefusedUnchanged("es", unknown, lineOf(unknown, '<unit id="question/nope/prompt">'), /unknown unit/);
  });

  it("saves a changed question through the editor's use case, with its audit event", async () => {
    const { xliff } = withTarget(await exported("fr"), `question/${questionId}/prompt`, "Une question reformulée");
    expect(await importContent({ slug, language: "fr", xliff })).toMatchObject({ kind: "imported", saved: 1 });
    const text = await getDb().questionTranslation.findUniqueOrThrow({ where: { questionId_language: { questionId, language: "fr" } } });
    expect(text.prompt).toBe("Une question reformulée");
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { action: "question.text-saved", subjectId: questionId }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ actorKind: "system", actorId: null, consultationId });
  });

  it("refuses a changed consent text of an open consultation", async () => {
    const { xliff, line } = withTarget(await exported("ar"), "consent/body", "نص موافقة آخر");
    await expectRefusedUnchanged("ar", xliff, line, /consent text is in use/);
  });

  it("refuses the whole file when a question's wording is frozen, even after a valid change", async () => {
    await seedSampleContributions(getDb(), consultationId, [{ language: "es", texts: ["An answer"] }]);
    const first = withTarget(await exported("fr"), "consultation/description", "Une nouvelle description");
    const { xliff, line } = withTarget(first.xliff, `question/${questionId}/prompt`, "Encore reformulée");
    await expectRefusedUnchanged("fr", xliff, line, /wording is frozen/);
  });
});
