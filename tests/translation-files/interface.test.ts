/**
 * Interface translation files (issue 14, acceptance 3): export → import of
 * every shipped locale gives back the same bytes; a bad file is refused with
 * its line and leaves every locale file as it was.
 */
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportedLanguages } from "~/modules/i18n/config";
import { exportInterface } from "~/modules/i18n/translation-files/export-interface.server";
import { importInterface } from "~/modules/i18n/translation-files/import-interface.server";
import { projectRoot } from "../../scripts/lib/migrations.ts";

let localesDir: string;

beforeAll(async () => {
  localesDir = await mkdtemp(path.join(tmpdir(), "convene-locales-"));
  await cp(path.join(projectRoot, "locales"), localesDir, { recursive: true });
});
afterAll(async () => {
  await rm(localesDir, { recursive: true, force: true });
});

async function snapshot(language: string): Promise<Map<string, Buffer>> {
  const folder = path.join(localesDir, language);
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name))] as const)));
}

async function exported(language: string): Promise<string> {
  const result = await exportInterface({ language, localesDir });
  if (result.kind !== "exported") throw new Error(result.reason);
  return result.xliff;
}

/** The line (1-based) of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  expect(index, `${needle} is in the file`).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split("\n").length;
}

async function expectRefusedUnchanged(language: string, xliff: string, line: number, reason: RegExp) {
  const before = await snapshot(language);
  const result = await importInterface({ language, xliff, localesDir });
  expect(result.kind).toBe("refused");
  if (result.kind !== "refused") return;
  expect(result.refusal.reason).toMatch(reason);
  expect(result.refusal.line).toBe(line);
  expect(await snapshot(language)).toEqual(before);
}

describe("interface translation files", () => {
  for (const language of supportedLanguages.filter((code) => code !== "en")) {
    it(`round-trips ${language} byte for byte`, async () => {
      const original = await snapshot(language);
      const result = await importInterface({ language, xliff: await exported(language), localesDir });
      expect(result.kind === "refused" ? result.refusal : null).toBeNull();
      expect(result).toMatchObject({ kind: "imported", changed: 0, shipped: true });
      const after = await snapshot(language);
      expect([...after.keys()]).toEqual([...original.keys()]);
      for (const [name, bytes] of original) expect(after.get(name)!.equals(bytes), `${language}/${name} identical`).toBe(true);
    });
  }

  it("writes an XLIFF 2.0 document with context notes", async () => {
    const xliff = await exported("ar");
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ar">');
    expect(xliff).toContain('<file id="common">');
    expect(xliff).toMatch(/<unit id="home.hostedBy">[\s\S]*?placeholders[^<]*\{\{hosts\}\}[\s\S]*?<source>Hosted by \{\{hosts\}\}<\/source>/);
  });

  it("exports a language not shipped yet as English with no targets, and imports it into its own folder", async () => {
    const xliff = await exported("ckb");
    expect(xliff).toContain('trgLang="ckb"');
    expect(xliff).not.toContain("<target>");
    // A "translation" that copies the English keeps every placeholder and tag, so it is accepted.
    const filled = xliff.replace(/<source>([\s\S]*?)<\/source>/g, "<source>$1</source><target>$1</target>");
    const result = await importInterface({ language: "ckb", xliff: filled, localesDir });
    expect(result).toMatchObject({ kind: "imported", shipped: false });
    expect(await readFile(path.join(localesDir, "ckb", "common.json"))).toEqual(await readFile(path.join(localesDir, "en", "common.json")));
  });

  it("refuses a missing placeholder, naming its line, and writes nothing", async () => {
    const xliff = await exported("es");
    const unit = xliff.indexOf('<unit id="home.hostedBy">');
    const target = xliff.indexOf("<target>", unit);
    const end = xliff.indexOf("</target>", target);
    const broken = `${xliff.slice(0, target)}<target>Organizado por</target>${xliff.slice(end + "</target>".length)}`;
    await expectRefusedUnchanged("es", broken, lineOf(broken, "<target>Organizado por</target>"), /missing placeholder \{\{hosts\}\}/);
  });

  it("refuses an unknown key", async () => {
    const xliff = await exported("fr");
    const broken = xliff.replace('<unit id="home.hostedBy">', '<unit id="home.hostedByNobody">');
    await expectRefusedUnchanged("fr", broken, lineOf(broken, '<unit id="home.hostedByNobody">'), /unknown key "home.hostedByNobody"/);
  });

  it("refuses broken markup", async () => {
    const xliff = await exported("fr");
    const unit = xliff.indexOf('<unit id="home.title">');
    const target = xliff.indexOf("<target>", unit);
    const broken = `${xliff.slice(0, target)}<target>Donnez&lt;/strong&gt; ${xliff.slice(target + "<target>".length)}`;
    await expectRefusedUnchanged("fr", broken, lineOf(broken, "<target>Donnez&lt;/strong&gt;"), /broken markup/);
    const added = `${xliff.slice(0, target)}<target>&lt;b&gt;Donnez&lt;/b&gt; ${xliff.slice(target + "<target>".length)}`;
    await expectRefusedUnchanged("fr", added, lineOf(added, "<target>&lt;b&gt;Donnez"), /broken markup: the target's tags/);
  });

  it("refuses malformed XML with the parser's line", async () => {
    const xliff = await exported("ar");
    const line = lineOf(xliff, '<unit id="home.title">');
    const broken = xliff.replace('<unit id="home.title">', '<unit id="home.title"><oops>');
    await expectRefusedUnchanged("ar", broken, line + 10, /malformed XML/);
  });

  it("refuses a file for another language", async () => {
    await expectRefusedUnchanged("es", await exported("fr"), 1, /wrong trgLang/);
  });

  it("refuses a target whose English changed since the export", async () => {
    const xliff = await exported("es");
    const broken = xliff.replace("<source>Hosted by {{hosts}}</source>", "<source>Run by {{hosts}}</source>");
    await expectRefusedUnchanged("es", broken, lineOf(broken, '<unit id="home.hostedBy">'), /English of "home.hostedBy" changed/);
  });
});
