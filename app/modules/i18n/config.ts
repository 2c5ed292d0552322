/**
 * Languages Convene's interface ships in. Shared by server and browser, so
 * it holds no strings: the server reads every language from
 * resources.server.ts, the browser loads only the page's own
 * (browser-resources.ts).
 * Adding one: add its folder under locales/ (the locale test lists what is
 * missing), its name here and its files in resources.server.ts.
 */
export const supportedLanguages = ["en", "es", "fr", "ar", "fa", "fa-AF", "ps", "pt", "uk", "sw"] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = "en";

/** Each language named in itself, so a person finds their own. */
export const languageNames: Record<Language, string> = {
  en: "English",
  es: "Español",
  fr: "Français",
  ar: "العربية",
  fa: "فارسی",
  // Dari is named as Afghans name it, not "فارسی (افغانستان)" as Intl would.
  "fa-AF": "دری",
  ps: "پښتو",
  pt: "Português",
  uk: "Українська",
  sw: "Kiswahili",
};

const rightToLeft = new Set<string>(["ar", "fa", "fa-AF", "ps", "ckb", "ur", "he"]);

export function textDirection(language: string): "rtl" | "ltr" {
  return rightToLeft.has(language) ? "rtl" : "ltr";
}

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === "string" && (supportedLanguages as readonly string[]).includes(value);
}

/**
 * Namespaces: "common" (the shell, accounts, staff), "consultations"
 * (organisations, consultations, the draft), "participation" (consent,
 * answering, receipts). Use `useTranslation("participation")` or a key
 * prefixed "participation:" outside React.
 */
export const namespaces = ["common", "consultations", "participation", "workspace", "outcome", "selfdescription"] as const;

/**
 * What the browser loads on every page. "workspace" (facilitators' and
 * drafters' pages) is loaded only where a route asks for it with
 * `export const handle = { i18n: "workspace" }`: a survivor's old phone never
 * downloads the staff tools' strings. "outcome" (the public outcome page,
 * /c/:slug/outcome) is loaded the same way, only by that page, and
 * "selfdescription" only by the pages that ask about or count it.
 */
export const everyPageNamespaces = ["common", "consultations", "participation"] as const;

export const i18nOptions = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: defaultLanguage,
  defaultNS: "common",
  ns: [...namespaces],
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
};
