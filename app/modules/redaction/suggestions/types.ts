import type { RedactionKind } from "~/generated/prisma/enums";

/** What made the suggestion: shown to the facilitator next to the kind, so they can judge it. */
export type SuggestionSource =
  | "email"
  | "url"
  | "ipAddress"
  | "idNumber"
  | "phone"
  | "date"
  | "place"
  | "knownPlace"
  | "name"
  | "knownName"
  | "pseudonym";

/** A span the facilitator may want to redact, in UTF-16 code units like RedactionSpan. */
export type Suggestion = {
  start: number;
  end: number;
  kind: RedactionKind;
  source: SuggestionSource;
  /** Found by a loose pattern only (seven digits in a row): any other finder of the same words wins. */
  loose?: true;
  /** A name right after a kinship or role cue ("my neighbour …"): surer than a town of the same name. */
  cued?: true;
};

/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits. */
const easternDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * The text with every Eastern Arabic digit as its ASCII digit. Each digit is
 * one UTF-16 unit either way, so offsets found in the result are offsets in
 * the original text: nothing needs mapping back.
 */
export function normaliseDigits(text: string): string {
  return text.replace(easternDigits, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Regex-escaped, for building patterns out of data. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Not inside a word: the edges of a whole-word match, in any script. */
export const wordStart = "(?<![\\p{L}\\p{M}\\p{N}])";
export const wordEnd = "(?![\\p{L}\\p{M}\\p{N}])";
