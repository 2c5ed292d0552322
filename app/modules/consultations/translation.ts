/**
 * Consultation content (titles, principles, questions) is translated per
 * row. A participant sees their language when it exists, otherwise the
 * consultation's own language, marked as a fallback so nobody is misled.
 */
import { formattingLocale } from "~/modules/i18n/config";

export type Translated<T> = { value: T; language: string; isFallback: boolean };

export function pickTranslation<T extends { language: string }>(
  rows: readonly T[],
  language: string,
  fallbackLanguages: readonly string[],
): Translated<T> | undefined {
  const exact = rows.find((row) => row.language === language);
  if (exact) return { value: exact, language, isFallback: false };
  for (const fallback of [...fallbackLanguages, "en"]) {
    const row = rows.find((candidate) => candidate.language === fallback);
    if (row) return { value: row, language: fallback, isFallback: true };
  }
  const first = rows[0];
  return first ? { value: first, language: first.language, isFallback: true } : undefined;
}

/**
 * Day formatters, kept: making an Intl.DateTimeFormat costs ~0.1–0.3 ms (ICU
 * loads its patterns), and a consultation page formats several days per
 * request — 2.7% of a /c/:slug page's CPU (docs/performance.md). Keyed by
 * locale and zone, both from short lists; emptied if it ever grows past
 * dayFormatterLimit, so odd input cannot make it grow without bound.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const dayFormatterLimit = 500;

export function formatDay(date: Date, language: string, timeZone: string): string {
  const locale = formattingLocale(language);
  const key = `${locale}|${timeZone}`;
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
    if (dayFormatters.size >= dayFormatterLimit) dayFormatters.clear();
    dayFormatters.set(key, formatter);
  }
  return formatter.format(date);
}

/** Which of the wanted languages have no text yet, in the order they are offered. */
export function missingLanguages(present: readonly { language: string }[], wanted: readonly string[]): string[] {
  return wanted.filter((language) => !present.some((row) => row.language === language));
}

/**
 * The language a translator works from: English when the text exists in
 * English, otherwise the consultation's first language that has it.
 */
export function sourceLanguageOf(present: readonly { language: string }[], languages: readonly string[]): string | null {
  return ["en", ...languages].find((code) => present.some((row) => row.language === code)) ?? null;
}
