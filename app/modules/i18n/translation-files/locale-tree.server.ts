/**
 * The interface strings as translation files see them: every namespace in
 * locales/en/*.json flattened to key paths in English order, with i18next
 * plural keys (key_one, key_other…) expanded into the plural forms the
 * target language has (Intl.PluralRules: Arabic has six, Persian two).
 */
import { mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export const defaultLocalesDir = path.resolve("locales");

const pluralOrder = ["zero", "one", "two", "few", "many", "other"] as const;
const pluralSuffix = /^(.*)_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

export type InterfaceEntry = {
  key: string;
  source: string;
  /** Set for a plural form: the base key, the form, and the forms the target language has. */
  plural: { base: string; form: string; forms: readonly string[] } | null;
};

export async function listNamespaces(localesDir: string): Promise<string[]> {
  return (await readdir(path.join(localesDir, "en"))).filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -5)).sort();
}

export async function readNamespace(localesDir: string, language: string, namespace: string): Promise<Map<string, string> | null> {
  const text = await readFile(path.join(localesDir, language, `${namespace}.json`), "utf8").catch(() => null);
  if (text === null) return null;
  return flatten(JSON.parse(text) as Tree);
}

function flatten(tree: Tree, prefix = "", into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const keyPath = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") into.set(keyPath, value);
    else flatten(value, keyPath, into);
  }
  return into;
}

export function pluralForms(language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return pluralOrder.filter((form) => forms.includes(form));
}

/** The keys a complete translation of `namespace` into `language` has, in the order its file keeps them. */
export function interfaceEntries(english: ReadonlyMap<string, string>, language: string): InterfaceEntry[] {
  const forms = pluralForms(language);
  const entries: InterfaceEntry[] = [];
  const done = new Set<string>();
  for (const [key, source] of english) {
    const match = pluralSuffix.exec(key);
    const base = match?.[1];
    if (base === undefined || !english.has(`${base}_other`)) {
      entries.push({ key, source, plural: null });
      continue;
    }
    if (done.has(base)) continue;
    done.add(base);
    for (const form of forms) {
      entries.push({ key: `${base}_${form}`, source: english.get(`${base}_${form}`) ?? english.get(`${base}_other`)!, plural: { base, form, forms } });
    }
  }
  return entries;
}

/** Key paths back into nested JSON, in the order given: 2-space indent, UTF-8, a trailing newline (as the files are kept). */
export function namespaceJson(values: ReadonlyArray<readonly [string, string]>): string {
  const tree: Tree = {};
  for (const [key, value] of values) {
    const parts = key.split(".");
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      if (typeof child === "string") throw new Error(`Key ${key} is both a string and a group.`);
      node = child ?? (node[part] = {});
    }
    node[parts.at(-1)!] = value;
  }
  return `${JSON.stringify(tree, null, 2)}\n`;
}

/**
 * Writes every file or none: each goes to a temporary name first and is
 * renamed into place only once all were written.
 */
export async function writeNamespaces(localesDir: string, language: string, files: ReadonlyMap<string, string>): Promise<void> {
  const folder = path.join(localesDir, language);
  await mkdir(folder, { recursive: true });
  const staged: [string, string][] = [];
  for (const [namespace, json] of files) {
    const target = path.join(folder, `${namespace}.json`);
    const temporary = `${target}.${process.pid}.importing`;
    await writeFile(temporary, json, "utf8");
    staged.push([temporary, target]);
  }
  for (const [temporary, target] of staged) await rename(temporary, target);
}
