/**
 * The app's own copy, read from locales/<language>/<namespace>.json, so HTTP
 * tests assert what the pages really say instead of a hand-copied English
 * sentence. Like e2e/locales.ts `text`, with the escaping React applies in
 * server-rendered HTML (`html`), since these tests read response bodies.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Strings = { [key: string]: string | Strings };
type Language = "en" | "es" | "fr" | "ar";

const localesDir = path.resolve(import.meta.dirname, "../../locales");
const cache = new Map<string, Strings>();

function strings(language: Language, namespace: string): Strings {
  const file = path.join(localesDir, language, `${namespace}.json`);
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(file, "utf8")) as Strings;
    cache.set(file, loaded);
  }
  return loaded;
}

/** `text("participation:sent.title")` (English), `text("home.title", {}, "es")`; `values` fill the {{placeholders}}. */
export function text(key: string, values: Record<string, string | number> = {}, language: Language = "en"): string {
  const [namespace, name] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
  let value: string | Strings | undefined = strings(language, namespace);
  for (const part of name.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${name} in locales/${language}/${namespace}.json`);
  return value.replace(/\{\{(\w+)\}\}/g, (placeholder, field: string) => (field in values ? String(values[field]) : placeholder));
}

/** The same, as it appears in a server-rendered page (React escapes &, <, >, " and '). */
export function html(key: string, values: Record<string, string | number> = {}, language: Language = "en"): string {
  return text(key, values, language)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

/** English participation copy as a page shows it: `p("review.title")`. */
export const p = (key: string, values: Record<string, string | number> = {}) => html(`participation:${key}`, values);
