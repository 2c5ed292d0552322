/**
 * Dates: numeric forms (12/03/2024, 2024-03-12, 12.3.24) in any language,
 * and written ones with the language's month names ("12 March 2024",
 * "March 12, 2024", "12 de marzo de 2024", "le 3 mars", "١٢ آذار ٢٠٢٤" once
 * the digits are normalised). A month alone ("in May") is not suggested: it
 * identifies no one and "May" is also a verb.
 */
import { languageData } from "./language-data";
import { escapeRegExp, wordEnd, wordStart, type Suggestion } from "./types";

const numericDate = new RegExp(
  `${wordStart}(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}))${wordEnd}`,
  "gu",
);

const writtenDates = new Map<string, RegExp>();

/** The written-date pattern of a language, built once from its data. */
function writtenDatePattern(language: string): RegExp | null {
  const cached = writtenDates.get(language);
  if (cached) return cached;
  const data = languageData[language];
  if (!data) return null;
  // Longest first, so "Sept" is not cut to "Sep" and "تشرين الأول" wins over a shorter name.
  const months = [...data.months].sort((a, b) => b.length - a.length).map((month) => escapeRegExp(month).replace(/ /g, "\\s+"));
  const joiner = data.dateJoiners.length > 0 ? `(?:\\s+(?:${data.dateJoiners.map(escapeRegExp).join("|")}))?` : "";
  const month = `(?:${months.join("|")})\\.?`;
  const day = `\\d{1,2}(?:st|nd|rd|th|er|º|°)?`;
  const year = `\\d{4}`;
  const pattern = new RegExp(
    [
      // 12 March 2024, 12 de marzo (de 2024), 12 mars
      `${wordStart}${day}${joiner}\\s+${month}(?:${joiner}\\s*,?\\s+${year})?${wordEnd}`,
      // March 12(, 2024), March 2024, marzo de 2024
      `${wordStart}${month}(?:\\s+${day}(?:,?\\s+${year})?|${joiner}\\s+${year})${wordEnd}`,
    ].join("|"),
    "giu",
  );
  writtenDates.set(language, pattern);
  return pattern;
}

export function findDates(normalised: string, languages: readonly string[]): Suggestion[] {
  const found: Suggestion[] = [];
  for (const match of normalised.matchAll(numericDate)) {
    found.push({ start: match.index, end: match.index + match[0].length, kind: "date", source: "date" });
  }
  for (const language of new Set(languages)) {
    const pattern = writtenDatePattern(language);
    if (!pattern) continue;
    for (const match of normalised.matchAll(pattern)) {
      found.push({ start: match.index, end: match.index + match[0].length, kind: "date", source: "date" });
    }
  }
  return found;
}
