/** The app's own interface strings, so tests assert the real translations. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Language } from "../app/modules/i18n/config";

type Strings = { [key: string]: string | Strings };

const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../locales");

/**
 * `text("ar", "home.title")` → the Arabic home page heading; another
 * namespace as the app writes it: `text("en", "participation:sent.title")`.
 * `values` fills the {{placeholders}}.
 */
export function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const [namespace, name] = key.includes(":") ? (key.split(":", 2) as [string, string]) : ["common", key];
  const strings = JSON.parse(readFileSync(path.join(localesDir, language, `${namespace}.json`), "utf8")) as Strings;
  let value: string | Strings | undefined = strings;
  for (const part of name.split(".")) value = typeof value === "object" ? value[part] : undefined;
  if (typeof value !== "string") throw new Error(`No string ${name} in locales/${language}/${namespace}.json`);
  return value.replace(/\{\{(\w+)\}\}/g, (placeholder, field: string) => (field in values ? String(values[field]) : placeholder));
}

/**
 * A string of another namespace, with its {{placeholders}} filled:
 * `textIn("participation", "ar", "consent.choices.letters.a")` → "(أ)".
 */
export function textIn(
  namespace: "participation" | "consultations",
  language: Language,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return text(language, `${namespace}:${key}`, values);
}
