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

export function formatDay(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: "long", timeZone }).format(date);
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
