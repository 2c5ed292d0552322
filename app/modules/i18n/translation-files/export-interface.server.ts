/**
 * `npm run admin -- export-translations <lng>`: the interface strings as an
 * XLIFF 2.0 file for a partner organisation's translator, English source,
 * the language's current translation as target (none yet: no <target>), and
 * notes saying where each string is, what it must keep and what it is.
 */
import { isSupportedLanguage } from "~/modules/i18n/config";
import { defaultLocalesDir, interfaceEntries, listNamespaces, readNamespace, type InterfaceEntry } from "~/modules/i18n/translation-files/locale-tree.server";
import { canonicalLanguage, placeholdersOf, tagsOf, writeXliff, type XliffFile } from "~/modules/i18n/translation-files/xliff.server";

export type ExportInterfaceResult =
  | { kind: "exported"; xliff: string; units: number; translated: number; shipped: boolean }
  | { kind: "refused"; reason: string };

const hints: [RegExp, string][] = [
  [/(^|\.)errors?\./i, "error message shown when something went wrong or a form needs changing"],
  [/button|submit|action/i, "button label: short, a verb"],
  [/label$/i, "label of a form field or control"],
  [/(title|heading)$/i, "heading"],
  [/(hint|help|intro|lead)$/i, "explanatory text"],
  [/link$/i, "link text"],
];

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return `"${flat.length > 80 ? `${flat.slice(0, 77)}…` : flat}"`;
}

function notesFor(namespace: string, entry: InterfaceEntry, english: ReadonlyMap<string, string>, language: string): string[] {
  const notes = [`Namespace "${namespace}", key "${entry.key}".`];
  const hint = hints.find(([pattern]) => pattern.test(entry.key));
  if (hint) notes.push(`What it is: ${hint[1]}.`);
  const placeholders = [...new Set(placeholdersOf(entry.source))];
  if (placeholders.length > 0) notes.push(`Keep these placeholders exactly as written (the app fills them in): ${placeholders.join(", ")}.`);
  const tags = tagsOf(entry.source);
  if (tags.length > 0) notes.push(`Keep this markup around the matching words: ${tags.join(" ")}.`);
  if (entry.plural) {
    notes.push(
      `Plural form "${entry.plural.form}" of "${entry.plural.base}" (${language} uses: ${entry.plural.forms.join(", ")}); ` +
        `the source shown is English's "${english.has(`${entry.plural.base}_${entry.plural.form}`) ? entry.plural.form : "other"}" form.`,
    );
  }
  const parent = entry.key.includes(".") ? entry.key.slice(0, entry.key.lastIndexOf(".") + 1) : "";
  // The nearest strings in the same group, before and after: the words around it on the page.
  const group = [...english].filter(([key]) => key.startsWith(parent) && !key.slice(parent.length).includes("."));
  const at = group.findIndex(([key]) => key === entry.key || key === `${entry.plural?.base}_other`);
  const siblings = group
    .map((item, index) => [item, Math.abs(index - at)] as const)
    .filter(([, distance]) => distance > 0)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 3)
    .map(([item]) => item);
  if (siblings.length > 0) notes.push(`Nearby strings (English): ${siblings.map(([key, text]) => `${key} ${quoted(text)}`).join("; ")}.`);
  return notes;
}

export async function exportInterface(input: { language: string; localesDir?: string }): Promise<ExportInterfaceResult> {
  const localesDir = input.localesDir ?? defaultLocalesDir;
  const language = canonicalLanguage(input.language);
  if (!language) return { kind: "refused", reason: `"${input.language}" is not a language tag in its canonical BCP 47 form (e.g. fa, fa-AF, pt).` };
  if (language === "en") return { kind: "refused", reason: "English is the source language; export another language." };
  const files: XliffFile[] = [];
  let units = 0;
  let translated = 0;
  for (const namespace of await listNamespaces(localesDir)) {
    const english = (await readNamespace(localesDir, "en", namespace))!;
    const current = (await readNamespace(localesDir, language, namespace)) ?? new Map<string, string>();
    files.push({
      id: namespace,
      units: interfaceEntries(english, language).map((entry) => {
        const target = current.get(entry.key) ?? null;
        units++;
        if (target !== null) translated++;
        return { id: entry.key, source: entry.source, target, notes: notesFor(namespace, entry, english, language) };
      }),
    });
  }
  return { kind: "exported", xliff: writeXliff({ srcLang: "en", trgLang: language, files }), units, translated, shipped: isSupportedLanguage(language) };
}
