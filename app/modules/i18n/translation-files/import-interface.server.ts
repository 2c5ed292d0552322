/**
 * `npm run admin -- import-translations <lng> FILE`: a translator's XLIFF
 * file back into locales/<lng>/*.json, all or nothing. Everything is checked
 * before anything is written; the first bad unit is named by its line.
 * A language not shipped yet gets its folder (registering it in
 * app/modules/i18n/config.ts stays a code change, reviewed like one).
 */
import { isSupportedLanguage } from "~/modules/i18n/config";
import {
  defaultLocalesDir,
  interfaceEntries,
  listNamespaces,
  namespaceJson,
  readNamespace,
  writeNamespaces,
  type InterfaceEntry,
} from "~/modules/i18n/translation-files/locale-tree.server";
import { canonicalLanguage, readXliff, translationProblem, type Refusal } from "~/modules/i18n/translation-files/xliff.server";

export type ImportInterfaceResult =
  | { kind: "imported"; namespaces: number; units: number; changed: number; shipped: boolean }
  | { kind: "refused"; refusal: Refusal };

export async function importInterface(input: { language: string; xliff: string; localesDir?: string }): Promise<ImportInterfaceResult> {
  const localesDir = input.localesDir ?? defaultLocalesDir;
  const refuse = (line: number | null, reason: string) => ({ kind: "refused" as const, refusal: { line, reason } });
  const language = canonicalLanguage(input.language);
  if (!language) return refuse(null, `"${input.language}" is not a language tag in its canonical BCP 47 form (e.g. fa, fa-AF, pt).`);
  if (language === "en") return refuse(null, "English is the source language; it is edited in locales/en, not imported.");
  const read = readXliff(input.xliff);
  if (!read.ok) return { kind: "refused", refusal: read.refusal };
  const { document } = read;
  if (document.trgLang !== language) return refuse(1, `wrong trgLang: the file is for "${document.trgLang}", not "${language}"`);
  if (document.srcLang !== "en") return refuse(1, `wrong srcLang: the file's source is "${document.srcLang}", not "en"`);

  const namespaces = await listNamespaces(localesDir);
  const expected = new Map<string, { english: Map<string, string>; entries: Map<string, InterfaceEntry> }>();
  for (const namespace of namespaces) {
    const english = (await readNamespace(localesDir, "en", namespace))!;
    expected.set(namespace, { english, entries: new Map(interfaceEntries(english, language).map((entry) => [entry.key, entry])) });
  }
  const translations = new Map<string, Map<string, string>>();
  for (const file of document.files) {
    const namespace = expected.get(file.id);
    if (!namespace) return refuse(file.line, `unknown namespace "${file.id}" (not in locales/en)`);
    const values = new Map<string, string>();
    for (const unit of file.units) {
      const entry = namespace.entries.get(unit.id);
      if (!entry) return refuse(unit.line, `unknown key "${unit.id}" in namespace "${file.id}" (not in English)`);
      if (unit.source !== entry.source) {
        return refuse(unit.line, `the English of "${unit.id}" changed since this file was exported; export again and translate the new text`);
      }
      if (unit.target === null || (unit.target.trim() === "" && entry.source.trim() !== "")) {
        return refuse(unit.targetLine, `"${unit.id}" has no translation`);
      }
      const problem = translationProblem(entry.source, unit.target, entry.plural ? ["{{count}}"] : []);
      if (problem) return refuse(unit.targetLine, `"${unit.id}": ${problem}`);
      values.set(unit.id, unit.target);
    }
    translations.set(file.id, values);
  }
  // A complete locale or none: the locale test refuses a language with a key missing.
  for (const [namespace, { entries }] of expected) {
    const values = translations.get(namespace);
    if (!values) return refuse(null, `the file has no <file id="${namespace}">; every namespace must be translated`);
    const missing = [...entries.keys()].find((key) => !values.has(key));
    if (missing) return refuse(null, `namespace "${namespace}" has no unit for key "${missing}"`);
  }

  const files = new Map<string, string>();
  let changed = 0;
  let units = 0;
  for (const [namespace, { entries }] of expected) {
    const values = translations.get(namespace)!;
    const current = await readNamespace(localesDir, language, namespace);
    const ordered = [...entries.keys()].map((key) => [key, values.get(key)!] as const);
    for (const [key, value] of ordered) if (current?.get(key) !== value) changed++;
    units += ordered.length;
    files.set(namespace, namespaceJson(ordered));
  }
  await writeNamespaces(localesDir, language, files);
  return { kind: "imported", namespaces: files.size, units, changed, shipped: isSupportedLanguage(language) };
}
