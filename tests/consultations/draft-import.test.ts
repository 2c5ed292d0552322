/**
 * Acceptance 5: importing a draft file (`npm run admin -- import-draft`).
 * A malformed file changes nothing in the database and names its first bad
 * line and the reason; a file that fails while being written leaves nothing
 * half-imported; JSON and Markdown say the same thing; export prints what
 * import reads.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftFileJson, parseDraftFile } from "~/modules/consultations/drafts/draft-file";
import { exportDraft } from "~/modules/consultations/drafts/export-draft.server";
import { importDraft } from "~/modules/consultations/drafts/import-draft.server";
import { getDb } from "~/modules/db/db.server";
import { projectRoot } from "../../scripts/lib/migrations.ts";
import { tableCounts } from "../support/table-counts";

const goodJson = `{
  "format": "convene-draft/1",
  "document": { "slug": "winnipeg-principles", "title": "Draft Principles (Winnipeg reading)" },
  "principles": [
    {
      "number": 1,
      "theme": "prevention",
      "describesViolence": false,
      "text": {
        "en": { "title": "Recognise early warning signs", "body": "States should watch for early signs.\\n\\nAnd act on them." },
        "es": { "title": "Reconocer las señales de alerta temprana", "body": "Los Estados deben vigilar las señales." }
      }
    },
    {
      "number": 2,
      "theme": "protection",
      "describesViolence": true,
      "text": { "en": { "title": "Protect people who speak out", "body": "" } }
    }
  ]
}
`;

const goodMarkdown = `# Draft Principles (Winnipeg reading)
document: winnipeg-principles

## Principle 1
theme: prevention
content note: no

### en: Recognise early warning signs
States should watch for early signs.

And act on them.

### es: Reconocer las señales de alerta temprana
Los Estados deben vigilar las señales.

## Principle 2
theme: protection
content note: yes

### en: Protect people who speak out
`;

describe("reading draft files", () => {
  it("reads JSON and Markdown into the same draft", () => {
    const fromJson = parseDraftFile(goodJson, "draft.json");
    const fromMarkdown = parseDraftFile(goodMarkdown, "draft.md");
    expect(fromJson.ok).toBe(true);
    expect(fromMarkdown.ok).toBe(true);
    if (!fromJson.ok || !fromMarkdown.ok) return;
    expect(fromMarkdown.draft).toEqual(fromJson.draft);
    expect(fromJson.draft.principles[0]?.text.en?.body).toBe("States should watch for early signs.\n\nAnd act on them.");
    expect(fromJson.draft.principles[1]?.describesViolence).toBe(true);
  });

  it("names the line of a JSON syntax error", () => {
    // Line 7: a missing comma after "theme".
    const broken = goodJson.replace('"theme": "prevention",', '"theme": "prevention"');
    expect(parseDraftFile(broken, "draft.json")).toEqual({
      ok: false,
      problems: [{ line: 7, message: 'expected "," or "}" after the value of "theme", found """' }],
    });
  });

  it("names the first bad line of a well-formed file whose content is wrong, and the reason", () => {
    const wrong = goodJson
      .replace('"theme": "protection"', '"theme": "protectoin"') // line 16
      .replace('"number": 2', '"number": 1'); // line 15: a second principle 1
    const result = parseDraftFile(wrong, "draft.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 15, message: "principle 1 appears twice (first on line 6)" },
      { line: 16, message: 'the theme must be one of prevention, protection, participation, recovery (found "protectoin")' },
    ]);
  });

  it("refuses unknown fields, so a misspelt one is not silently dropped", () => {
    const result = parseDraftFile(goodJson.replace('"body": ""', '"bodyy": ""'), "draft.json");
    expect(result).toEqual({ ok: false, problems: [{ line: 18, message: 'unknown field "bodyy" (expected "title", "body")' }] });
  });

  it("names the line of a Markdown mistake", () => {
    expect(parseDraftFile(goodMarkdown.replace("## Principle 2", "## Principle two"), "draft.md")).toEqual({
      ok: false,
      problems: [{ line: 16, message: 'a principle\'s number must be a whole number from 1 to 999' }],
    });
    expect(parseDraftFile(goodMarkdown.replace("theme: prevention\n", "them: prevention\n"), "draft.md")).toEqual({
      ok: false,
      problems: [{ line: 5, message: 'expected "theme: …", "content note: yes|no" or "### <language>: <title>"' }],
    });
    expect(parseDraftFile(goodMarkdown.replace("### es: Reconocer", "### Reconocer"), "draft.md")).toMatchObject({
      ok: false,
      problems: [{ line: 13 }],
    });
    expect(parseDraftFile("document: x\n", "draft.md")).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'the file must start with "# <title of the draft document>"' }],
    });
  });
});

describe("importing and exporting", () => {
  it("changes nothing when the file is malformed, and says where", async () => {
    const before = await tableCounts();
    const result = await importDraft({ source: goodJson.replace('"theme": "protection"', '"theme": 7'), fileName: "bad.json" });
    expect(result).toEqual({ ok: false, problems: [{ line: 16, message: "the theme must be one of prevention, protection, participation, recovery" }] });
    expect(await tableCounts()).toEqual(before);
  });

  it("leaves nothing half-imported when writing fails part-way", async () => {
    const before = await tableCounts();
    // The file is valid; the consultation to publish it to does not exist, which is found after the rows are written.
    const result = await importDraft({ source: goodJson, fileName: "draft.json", useIn: ["no-such-consultation"] });
    expect(result).toEqual({ ok: false, problems: [{ line: null, message: 'no consultation with the address "no-such-consultation"' }] });
    expect(await tableCounts()).toEqual(before);
  });

  it("imports a new document, then the next version, and exports what it imported", async () => {
    const organisation = await getDb().organisation.create({ data: { slug: "prairie", name: "Prairie" } });
    const first = await importDraft({ source: goodMarkdown, fileName: "draft.md", organisationSlug: "prairie" });
    expect(first).toEqual({ ok: true, documentSlug: "winnipeg-principles", version: 1, principles: 2, createdDocument: true, usedIn: [] });
    const document = await getDb().draftDocument.findUniqueOrThrow({ where: { slug: "winnipeg-principles" } });
    expect(document.organisationId).toBe(organisation.id);

    const exported = await exportDraft("winnipeg-principles");
    expect(exported).not.toBeNull();
    const parsed = parseDraftFile(draftFileJson(exported!), "export.json");
    expect(parsed.ok && parsed.draft.principles).toEqual((parseDraftFile(goodJson, "draft.json") as { draft: { principles: unknown } }).draft.principles);

    // Importing the export as it is would overwrite version 1: refused, pointing at the "version" line.
    const again = await importDraft({ source: draftFileJson(exported!), fileName: "export.json" });
    expect(again).toEqual({
      ok: false,
      problems: [{ line: 7, message: 'version 1 of "winnipeg-principles" already exists; leave "version" out to add version 2' }],
    });
    const second = await importDraft({ source: goodJson, fileName: "draft.json" });
    expect(second).toMatchObject({ ok: true, version: 2, createdDocument: false });
    expect(await getDb().draftVersion.count({ where: { documentId: document.id } })).toBe(2);
    expect((await exportDraft("winnipeg-principles", 1))?.version).toBe(1);
    expect(await exportDraft("winnipeg-principles", 9)).toBeNull();
  });

  it("refuses a malformed file from the command line with the line and reason, and a failing exit code", async () => {
    const directory = mkdtempSync(path.join(tmpdir(), "convene-draft-"));
    const file = path.join(directory, "bad.md");
    writeFileSync(file, goodMarkdown.replace("theme: protection", "theme: safety"));
    const before = await tableCounts();
    const run = spawnSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/admin.ts", "import-draft", file], {
      cwd: projectRoot,
      env: process.env,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Refused ${file}; nothing was imported.`);
    expect(run.stderr).toContain('line 17: the theme must be one of prevention, protection, participation, recovery (found "safety")');
    expect(await tableCounts()).toEqual(before);
  }, 60_000);
});
