/**
 * Names of content languages. Consultations may be offered in languages
 * the interface does not ship yet (Persian, Portuguese …), so names come
 * from Intl rather than from our translation files.
 */
import { isSupportedLanguage, languageNames, supportedLanguages } from "~/modules/i18n/config";

function displayName(code: string, inLanguage: string): string | undefined {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code);
  } catch {
    return undefined;
  }
}

/** A language named in itself ("Español"), so a person finds their own; the code when Intl does not know it. */
export function ownLanguageName(code: string): string {
  // Our own languages by the names we chose («دری», not Intl's «فارسی (افغانستان)»), and the same on
  // server and browser whatever locale data the browser has.
  if (isSupportedLanguage(code)) return languageNames[code];
  const name = displayName(code, code);
  return name && name !== code ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
}

/** For staff forms: the name in the interface language, with the code ("Spanish (es)"). */
export function languageLabel(code: string, interfaceLanguage: string): string {
  const name = displayName(code, interfaceLanguage);
  return name && name !== code ? `${name} (${code})` : code;
}

/**
 * Whether a code names a language a consultation may be offered in: one
 * Convene ships its interface in, or one CLDR (through Intl, asked with
 * `fallback: "none"` so it answers nothing for a code it does not know)
 * recognises, such as Zulu ("zu") for a content-only language. "xx" or
 * "en-XX" are refused (issue 10, bug 8).
 */
export function isRecognisedLanguage(code: string): boolean {
  if ((supportedLanguages as readonly string[]).includes(code)) return true;
  try {
    return new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(code) !== undefined;
  } catch {
    return false;
  }
}
