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

/**
 * Persian, Dari and Pashto: read with their own digits (۰–۹), and their Intl
 * dates default to the Solar Hijri calendar. See docs/decisions.md
 * ("Digits and calendars").
 */
const ownDigitsAndGregorianDates = new Set<string>(["fa", "fa-AF", "ps"]);

/**
 * The locale a page's dates and numbers go through Intl in. Consultation dates are set by
 * hosts and announced by partners in the Gregorian calendar; a survivor in The
 * Hague reading «۱۰ آبان ۱۴۰۵» beside a partner's "1 November 2026" would have
 * to convert, so these languages keep their digits and month names but use the
 * Gregorian calendar.
 */
export function formattingLocale(language: string): string {
  // nu-arabext said out loud: Node's ICU gives Pashto ۰–۹ by default but Chromium's gives 0–9, and
  // a page rendered with one and hydrated with the other would not match.
  return ownDigitsAndGregorianDates.has(language) ? `${language}-u-ca-gregory-nu-arabext` : language;
}

/**
 * Numbers put into a sentence ({{count}}, {{number}}…) are written in the
 * page's language's digits where they are not 0–9, so «اصل ۴» does not read
 * "اصل 4". Other languages get the number as before (no grouping added to
 * years or codes). Mapped by hand rather than through Intl: browsers without
 * Pashto locale data (Chromium builds with a reduced ICU, old phones) would
 * otherwise write 0–9 where the server wrote ۰–۹, and the page would not
 * hydrate.
 */
function formatInterpolated(value: unknown, _format: string | undefined, language: string | undefined): string {
  // i18next's type says string, but it handles whatever comes back as it would the raw value
  // (undefined is a missing variable, other values are stringified), so other values pass untouched.
  if (typeof value !== "number" || !language || !ownDigitsAndGregorianDates.has(language)) return value as string;
  return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
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
  // alwaysFormat: every {{value}} passes through formatInterpolated, not only "{{value, format}}" ones
  // (the locale files use no named formats, so i18next's own formatter is not needed).
  interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
  react: { useSuspense: false },
};
