/**
 * Whole-word look-up of listed terms (a region's places, the consultation's
 * known names and places, the words of the participant's pseudonym) however
 * they are accented or cased. The text is cut into words once and runs of up
 * to `longestTerm` words are looked up in a set, so a gazetteer of a
 * thousand places costs the same as a list of three.
 */
import { stripAccents } from "~/modules/submissions/identifying-details";
import type { RedactionKind } from "~/generated/prisma/enums";
import type { Suggestion, SuggestionSource } from "./types";

/** The form terms are compared in: no accents, lower case, single spaces, curly apostrophes straight. */
export function normaliseTerm(term: string): string {
  return stripAccents(term.normalize("NFKC")).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

export type TermList = {
  kind: RedactionKind;
  source: SuggestionSource;
  terms: readonly string[];
  /** Only where the text writes it with a capital (for scripts with capitals): a gazetteer's "Florida" or "Victoria" must not catch every "florida". */
  capitalised?: boolean;
};

export type CompiledTermList = { kind: RedactionKind; source: SuggestionSource; capitalised: boolean; terms: Set<string>; longest: number };

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function compileTerms(list: TermList): CompiledTermList {
  const terms = new Set<string>();
  let longest = 1;
  for (const term of list.terms) {
    const normal = normaliseTerm(term);
    // One- and two-letter terms would match everywhere.
    if ([...normal].length < 3) continue;
    terms.add(normal);
    longest = Math.max(longest, normal.split(" ").length);
  }
  return { kind: list.kind, source: list.source, capitalised: list.capitalised ?? false, terms, longest };
}

export function findTerms(text: string, lists: readonly CompiledTermList[]): Suggestion[] {
  const words = [...text.matchAll(wordPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, normal: normaliseTerm(match[0]) }));
  const found: Suggestion[] = [];
  for (const list of lists) {
    if (list.terms.size === 0) continue;
    for (let first = 0; first < words.length; first++) {
      // Longest run first: "San José del Guaviare" before "San José".
      for (let count = Math.min(list.longest, words.length - first); count >= 1; count--) {
        const run = words.slice(first, first + count);
        // Words of a term are separated by spaces only (not a full stop or a comma).
        if (run.some((word, index) => index > 0 && !/^\s+$/u.test(text.slice(run[index - 1]!.end, word.start)))) continue;
        const key = run.map((word) => word.normal).join(" ");
        if (!list.terms.has(key)) continue;
        const firstChar = text[run[0]!.start] ?? "";
        if (list.capitalised && firstChar.toLowerCase() !== firstChar.toUpperCase() && firstChar !== firstChar.toUpperCase()) continue;
        found.push({ start: run[0]!.start, end: run[run.length - 1]!.end, kind: list.kind, source: list.source });
        break;
      }
    }
  }
  return found;
}
