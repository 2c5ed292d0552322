/**
 * Interface translations stay complete and in step with English, and English
 * carries no dead keys. Failures list the offending keys by name, so fixing
 * a locale needs no second run.
 *
 * The unused-key check relies on a house rule: code writes every translation
 * key out in full, in quotes (see themeLabelKeys in
 * app/modules/consultations/themes.ts), never builds one from pieces.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { supportedLanguages } from "~/modules/i18n/config";
import { projectRoot } from "../scripts/lib/migrations.ts";

const localesDir = path.join(projectRoot, "locales");
const sourceRoots = ["app", "server", "scripts"];
const excludedSourceDirs = [path.join(projectRoot, "app/generated")];
const sourceFile = /\.(?:ts|tsx|js|jsx|mjs|cjs)$/;
const testFile = /\.test\.[a-z]+$/;
/** i18next plural forms: "count_one", "count_other"… are used in code as "count". */
const pluralSuffix = /_(?:zero|one|two|few|many|other)$/;

type Translations = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Translations, problems: string[]): Translations {
  if (typeof value === "string") {
    into.set(prefix, value);
  } else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into, problems);
  } else {
    problems.push(`${prefix}: expected a string or an object, found ${JSON.stringify(value)}`);
  }
  return into;
}

async function readTranslations(file: string): Promise<Translations> {
  const problems: string[] = [];
  const translations = flatten(JSON.parse(await readFile(file, "utf8")), "", new Map(), problems);
  expect(problems, `${path.relative(projectRoot, file)} has values that are not text`).toEqual([]);
  return translations;
}

async function listLanguages(): Promise<string[]> {
  const entries = await readdir(localesDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function listNamespaces(language: string): Promise<string[]> {
  return (await readdir(path.join(localesDir, language))).filter((name) => name.endsWith(".json")).sort();
}

/** Plural keys stand for their base key: languages differ in how many plural forms they need. */
function comparableKeys(translations: Translations): Set<string> {
  return new Set([...translations.keys()].map((key) => key.replace(pluralSuffix, "")));
}

function pluralFormsMissing(translations: Translations, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const pluralBases = new Set(
    [...translations.keys()].filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, "")),
  );
  return [...pluralBases].flatMap((base) =>
    categories.map((category) => `${base}_${category}`).filter((key) => !translations.has(key)),
  );
}

/**
 * A plural form that only ever means one number (Arabic "zero", "one", "two")
 * may leave {{count}} out: «مساهمتان» already says two. Forms that cover
 * several numbers (French "one" is 0 and 1, Ukrainian "one" is 1, 21, 31…)
 * must keep it.
 */
function standsForOneNumber(language: string, key: string): boolean {
  const category = /_(zero|one|two|few|many|other)$/.exec(key)?.[1];
  if (!category) return false;
  const rules = new Intl.PluralRules(language);
  let numbers = 0;
  for (let n = 0; n <= 1_000 && numbers < 2; n += 1) if (rules.select(n) === category) numbers += 1;
  return numbers === 1;
}

function placeholders(text: string): string[] {
  // "{{name}}" and "{{value, format}}" both name the variable "name"/"value".
  const names = [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1] ?? "");
  return [...new Set(names)].sort();
}

async function readSources(directory: string): Promise<string[]> {
  if (excludedSourceDirs.includes(directory)) return [];
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const texts: string[] = [];
  for (const entry of entries) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) texts.push(...(await readSources(entryPath)));
    // Tests do not count as use: a key only a test mentions is still dead.
    else if (sourceFile.test(entry.name) && !testFile.test(entry.name)) texts.push(await readFile(entryPath, "utf8"));
  }
  return texts;
}

const languages = await listLanguages();
const englishNamespaces = await listNamespaces("en");

describe("locales", () => {
  it("has a folder for every supported language", () => {
    const withoutFolder = supportedLanguages.filter((language) => !languages.includes(language));
    expect(withoutFolder, "supported languages without a locales/ folder").toEqual([]);
  });

  it("gives every language the same files as English", async () => {
    const mismatched: Record<string, { missing: string[]; extra: string[] }> = {};
    for (const language of languages) {
      const namespaces = await listNamespaces(language);
      const missing = englishNamespaces.filter((name) => !namespaces.includes(name));
      const extra = namespaces.filter((name) => !englishNamespaces.includes(name));
      if (missing.length > 0 || extra.length > 0) mismatched[language] = { missing, extra };
    }
    expect(mismatched, "locale files each language lacks or has beyond English").toEqual({});
  });

  describe.each(englishNamespaces)("%s", (namespace) => {
    const load = (language: string) => readTranslations(path.join(localesDir, language, namespace));

    it("has exactly English's keys in every language", async () => {
      const englishKeys = comparableKeys(await load("en"));
      const mismatched: Record<string, { missing: string[]; extra: string[] }> = {};
      for (const language of languages.filter((language) => language !== "en")) {
        const translations = await load(language);
        const keys = comparableKeys(translations);
        const missing = [...englishKeys].filter((key) => !keys.has(key));
        const extra = [...keys].filter((key) => !englishKeys.has(key));
        missing.push(...pluralFormsMissing(translations, language));
        if (missing.length > 0 || extra.length > 0) mismatched[language] = { missing, extra };
      }
      expect(mismatched, "keys each language lacks or has beyond English").toEqual({});
    });

    it("has no empty text", async () => {
      const empty: string[] = [];
      for (const language of languages) {
        for (const [key, text] of await load(language)) {
          if (text.trim() === "") empty.push(`${language}: ${key}`);
        }
      }
      expect(empty, "empty translations").toEqual([]);
    });

    it("keeps English's {{placeholders}} in every translation", async () => {
      const english = await load("en");
      const mismatched: string[] = [];
      for (const language of languages.filter((language) => language !== "en")) {
        for (const [key, text] of await load(language)) {
          const englishText = english.get(key) ?? english.get(key.replace(pluralSuffix, "_other"));
          if (englishText === undefined) continue; // reported as an extra key
          const expected = placeholders(englishText)
            .filter((name) => !(name === "count" && standsForOneNumber(language, key)))
            .join(", ");
          const found = placeholders(text)
            .filter((name) => !(name === "count" && standsForOneNumber(language, key)))
            .join(", ");
          if (found !== expected) mismatched.push(`${language}: ${key} has {{${found}}}, English has {{${expected}}}`);
        }
      }
      expect(mismatched, "translations whose placeholders differ from English").toEqual([]);
    });

    it("uses every English key somewhere in the code", async () => {
      const sources = (await Promise.all(sourceRoots.map((root) => readSources(path.join(projectRoot, root))))).flat();
      expect(sources.length).toBeGreaterThan(10);
      // A key of another namespace may also be written "namespace:key".
      const prefix = namespace.replace(/\.json$/, "");
      const spellings = (key: string) => [key, `${prefix}:${key}`].flatMap((k) => [`"${k}"`, `'${k}'`, `\`${k}\``]);
      const unused = [...comparableKeys(await load("en"))].filter(
        (key) => !sources.some((text) => spellings(key).some((quoted) => text.includes(quoted))),
      );
      expect(unused, "English keys no code uses: remove them, or write the key out in full where it is used").toEqual(
        [],
      );
    });
  });
});
