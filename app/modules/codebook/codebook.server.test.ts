/**
 * The emerging-theme codebook on a real database: add, rename, remove
 * (unique names per consultation), counts of tagged answers, and the two
 * exports — the REFI-QDA file parsed back and checked against the
 * Codebook schema's shape, each export one audit event.
 */
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/modules/db/db.server";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import { seedSampleContributions } from "~/modules/demo/seed-sample-contributions.server";
import { addEmergingTheme } from "./add-emerging-theme.server";
import type { CodebookLabels } from "./codebook-files";
import { exportCodebook } from "./export-codebook.server";
import { getCodebook } from "./get-codebook.server";
import { removeEmergingTheme } from "./remove-emerging-theme.server";
import { renameEmergingTheme } from "./rename-emerging-theme.server";

const actorId = "codebook-test-facilitator";
let consultationId: string;
const common = () => ({ consultationId, organisationId: null, actorId });

const labels: CodebookLabels = {
  theme: (theme) => `Theme ${theme}`,
  principle: (number, title) => `Principle ${number}: ${title}`,
  headings: { kind: "Kind", code: "Code", name: "Name", description: "Description", answers: "Answers tagged" },
  groups: { themes: "Themes", principles: "Draft principles", emerging: "Emerging themes" },
  kinds: { theme: "Theme", principle: "Draft principle", emerging: "Emerging theme" },
};

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

beforeAll(async () => {
  await seedDemo(getDb());
  consultationId = (await getDb().consultation.findUniqueOrThrow({ where: { slug: "bogota-2026" }, select: { id: true } })).id;
}, 60_000);

describe("emerging themes", () => {
  it("adds, renames and removes, with unique names per consultation and one event each", async () => {
    expect(await addEmergingTheme({ ...common(), name: "Housing", description: "Losing a home" })).toEqual({ ok: true });
    expect(await addEmergingTheme({ ...common(), name: "Housing", description: "" })).toEqual({
      ok: false,
      field: "name",
      error: "workspace:codebook.errors.nameTaken",
    });
    expect(await addEmergingTheme({ ...common(), name: "Work & <pay>", description: "=cmd|' /C calc'!A0" })).toEqual({ ok: true });
    const [housing, work] = (await getCodebook(consultationId, "en")).emerging.sort((a, b) => a.name.localeCompare(b.name));
    expect(await renameEmergingTheme({ ...common(), themeId: work!.id, name: "Housing", description: "" })).toMatchObject({ ok: false, error: "workspace:codebook.errors.nameTaken" });
    expect(await renameEmergingTheme({ ...common(), themeId: housing!.id, name: "Housing and land", description: "Losing a home or land" })).toEqual({ ok: true });

    // An answer tagged with the theme is counted.
    const [id] = await seedSampleContributions(getDb(), consultationId, [{ language: "en", texts: ["Words."] }]);
    const answer = await getDb().answer.findFirstOrThrow({ where: { submissionId: id } });
    await getDb().answerEmergingTheme.create({ data: { answerId: answer.id, emergingThemeId: housing!.id } });
    await getDb().answerTheme.create({ data: { answerId: answer.id, theme: "protection" } });
    const codebook = await getCodebook(consultationId, "en");
    expect(codebook.emerging.find((theme) => theme.id === housing!.id)).toMatchObject({ name: "Housing and land", answers: 1 });
    expect(codebook.themes.find((entry) => entry.theme === "protection")?.answers).toBe(1);
    expect(codebook.themes.map((entry) => entry.theme)).toEqual(["prevention", "protection", "participation", "recovery"]);

    const events = await getDb().auditEvent.findMany({ where: { actorId, action: { startsWith: "codebook." } }, select: { action: true } });
    expect(events.map((event) => event.action).sort()).toEqual(["codebook.theme-added", "codebook.theme-added", "codebook.theme-renamed"]);

    expect(await removeEmergingTheme({ ...common(), themeId: work!.id })).toEqual({ ok: true });
    expect(await removeEmergingTheme({ ...common(), themeId: work!.id })).toMatchObject({ ok: false, error: "workspace:codebook.errors.unknownTheme" });
    await addEmergingTheme({ ...common(), name: "Work & <pay>", description: "=cmd|' /C calc'!A0" });
  });
});

describe("codebook exports", () => {
  it("REFI-QDA: a CodeBook in the codebook namespace whose codes carry guid, name, isCodable, color and Description", async () => {
    const before = await getDb().auditEvent.count({ where: { action: "codebook.exported" } });
    const xml = await exportCodebook({ ...common(), format: "qdc", language: "en", labels });
    expect(await getDb().auditEvent.count({ where: { action: "codebook.exported" } })).toBe(before + 1);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);

    // The parser keeps the element names as written (checked below) but matches selectors in lower case.
    const root = parse(xml, { lowerCaseTagName: false });
    const book = root.querySelector("codebook")!;
    expect(book.rawTagName).toBe("CodeBook");
    expect(book.getAttribute("xmlns")).toBe("urn:QDA-XML:codebook:1.0");
    const codes = book.querySelectorAll("codes > code");
    expect(codes.map((code) => code.getAttribute("name"))).toEqual(["Themes", "Draft principles", "Emerging themes"]);
    expect(codes.map((code) => code.parentNode.rawTagName)).toEqual(["Codes", "Codes", "Codes"]);
    for (const code of book.querySelectorAll("code")) {
      expect(code.rawTagName).toBe("Code");
      expect(code.getAttribute("guid")).toMatch(guid);
      expect(code.getAttribute("isCodable")).toMatch(/^(true|false)$/);
      expect(code.getAttribute("color")).toMatch(/^#[0-9A-F]{6}$/i);
    }
    const [themes, principles, emerging] = codes;
    expect(themes!.getAttribute("isCodable")).toBe("false");
    expect(themes!.querySelectorAll("code").map((code) => code.getAttribute("name"))).toEqual([
      "Theme prevention",
      "Theme protection",
      "Theme participation",
      "Theme recovery",
    ]);
    const draftPrinciples = (await getCodebook(consultationId, "en")).principles;
    expect(principles!.querySelectorAll("code")).toHaveLength(draftPrinciples.length);
    const emergingCodes = emerging!.querySelectorAll("code");
    // Escaped in the file, read back as typed.
    expect(emergingCodes.map((code) => code.getAttribute("name"))).toEqual(["Housing and land", "Work & <pay>"]);
    expect(emergingCodes[0]!.querySelector("description")!.text).toBe("Losing a home or land");
    // The same consultation exports the same GUIDs every time, so a re-import matches codes up.
    expect(await exportCodebook({ ...common(), format: "qdc", language: "en", labels })).toBe(xml);
  });

  it("CSV: the fixed themes, the draft principles and the emerging themes, formulas made inert", async () => {
    const csv = await exportCodebook({ ...common(), format: "csv", language: "en", labels });
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Kind","Code","Name","Description","Answers tagged"');
    expect(lines[1]).toBe('"Theme","prevention","Theme prevention","","0"');
    expect(lines[2]).toBe('"Theme","protection","Theme protection","","1"');
    expect(lines.filter((line) => line.startsWith('"Draft principle"'))).toHaveLength((await getCodebook(consultationId, "en")).principles.length);
    expect(lines.some((line) => line.includes('"Housing and land","Losing a home or land","1"'))).toBe(true);
    expect(lines.some((line) => line.includes(`"'=cmd|' /C calc'!A0"`))).toBe(true);
  });
});
