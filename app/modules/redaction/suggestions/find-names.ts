/**
 * Personal names without a list: two or more capitalised words in a row
 * (the participant-side heuristic), and the one or two words after a
 * kinship or role cue ("my husband Carlos", "mi vecina Rosa", "زوجي أحمد").
 * In a script with capitals those words must start with one; in one without
 * (Arabic) the words run until a stop word or punctuation.
 */
import { nameSpans } from "~/modules/submissions/identifying-details";
import { languageData, type LanguageData } from "./language-data";
import { escapeRegExp, wordEnd, wordStart, type Suggestion } from "./types";

const cuePatterns = new Map<string, RegExp>();

function cuePattern(language: string, data: LanguageData): RegExp {
  const cached = cuePatterns.get(language);
  if (cached) return cached;
  const cues = [...data.nameCues].sort((a, b) => b.length - a.length).map((cue) => escapeRegExp(cue).replace(/ /g, "\\s+"));
  const pattern = new RegExp(`${wordStart}(?:${cues.join("|")})${wordEnd}`, "giu");
  cuePatterns.set(language, pattern);
  return pattern;
}

const nextWord = /^([ \t]+)([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)/u;

function isCapitalised(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function namesAfterCues(text: string, language: string, data: LanguageData): Suggestion[] {
  const found: Suggestion[] = [];
  const stopWords = new Set(data.nameStopWords);
  for (const cue of text.matchAll(cuePattern(language, data))) {
    let cursor = cue.index + cue[0].length;
    let start = -1;
    let end = -1;
    for (let taken = 0; taken < 2; taken++) {
      const word = nextWord.exec(text.slice(cursor));
      if (!word) break;
      const [whole, , value] = word;
      if (data.cased ? !isCapitalised(value!) : stopWords.has(value!)) break;
      if (start < 0) start = cursor + whole.length - value!.length;
      cursor += whole.length;
      end = cursor;
    }
    if (start >= 0) found.push({ start, end, kind: "name", source: "name", cued: true });
  }
  return found;
}

export function findNames(text: string, languages: readonly string[]): Suggestion[] {
  const found: Suggestion[] = nameSpans(text).map((span) => ({ start: span.start, end: span.end, kind: "name", source: "name" }));
  for (const language of new Set(languages)) {
    const data = languageData[language];
    if (data) found.push(...namesAfterCues(text, language, data));
  }
  return found;
}
