/**
 * Redaction suggestions, computed on the server from the decrypted text
 * (the database never holds plaintext to search). Pure: everything it needs
 * about the consultation and the person comes in `SuggestionContext`, which
 * suggestion-context.server.ts builds.
 *
 * Suggestions are only that: the facilitator accepts or leaves each one, and
 * nothing is redacted until they save.
 */
import type { RedactionKind } from "~/generated/prisma/enums";
import { findContacts } from "./suggestions/find-contacts";
import { findDates } from "./suggestions/find-dates";
import { findNames } from "./suggestions/find-names";
import { findPhones } from "./suggestions/find-phones";
import { compileTerms, findTerms, type CompiledTermList } from "./suggestions/find-terms";
import { normaliseDigits, type Suggestion, type SuggestionSource } from "./suggestions/types";

export type { Suggestion, SuggestionSource };

export type SuggestionContext = {
  /** The answer's language first; the consultation's other languages after it (people mix them). */
  languages: readonly string[];
  /** ISO 3166 alpha-2 of the consultation's country: how local phone numbers are read. */
  country?: string;
  /** The region's places: the gazetteer's (capitalised only) and the consultation's own. */
  gazetteerPlaces: readonly string[];
  places: readonly string[];
  knownNames: readonly string[];
  knownPlaces: readonly string[];
  /** The words of the participant's own pseudonym (people often pick their own name). */
  pseudonymNames: readonly string[];
};

/**
 * When two suggestions overlap they become one span covering both, of the
 * kind of the more certain finder: a whole email beats the web address
 * inside it, a parsed phone number beats a bare ID-like number, a listed
 * name or place beats a guess from capitals.
 */
const certainty: Record<SuggestionSource, number> = {
  email: 10,
  url: 9,
  ipAddress: 8,
  phone: 7,
  date: 6,
  knownName: 5,
  knownPlace: 5,
  pseudonym: 4,
  idNumber: 3,
  place: 2,
  name: 1,
};

/** A name after "my neighbour", "mi esposo", "زوجي" is a person even where a town has the same name. */
const cuedName = certainty.place + 0.5;

const certaintyOf = (span: Suggestion) => (span.loose ? 0 : span.cued ? cuedName : certainty[span.source]);

export function mergeSuggestions(found: readonly Suggestion[]): Suggestion[] {
  const sorted = [...found].filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Suggestion[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      const winner = certaintyOf(span) > certaintyOf(last) ? span : last;
      // The winner's flags go with it, so a third overlapping finder is weighed against the same certainty.
      merged[merged.length - 1] = { ...winner, start: last.start, end: Math.max(last.end, span.end) };
      continue;
    }
    merged.push(span);
  }
  return merged;
}

const compiled = new WeakMap<SuggestionContext, CompiledTermList[]>();

function termListsOf(context: SuggestionContext): CompiledTermList[] {
  let lists = compiled.get(context);
  if (!lists) {
    lists = [
      compileTerms({ kind: "name", source: "knownName", terms: context.knownNames }),
      compileTerms({ kind: "place", source: "knownPlace", terms: context.knownPlaces }),
      compileTerms({ kind: "name", source: "pseudonym", terms: context.pseudonymNames }),
      compileTerms({ kind: "place", source: "place", terms: context.places }),
      compileTerms({ kind: "place", source: "place", terms: context.gazetteerPlaces, capitalised: true }),
    ];
    compiled.set(context, lists);
  }
  return lists;
}

/** Sorted, non-overlapping suggestions for one answer's text. */
export function suggestRedactions(text: string, context: SuggestionContext): Suggestion[] {
  const digits = normaliseDigits(text);
  return mergeSuggestions([
    ...findContacts(digits),
    ...findPhones(digits, context.country),
    ...findDates(digits, context.languages),
    ...findTerms(text, termListsOf(context)),
    ...findNames(text, context.languages),
  ]);
}

/** The suggestions no saved span already covers: what is still to review. */
export function openSuggestions(
  suggestions: readonly Suggestion[],
  spans: ReadonlyArray<{ start: number; end: number; kind: RedactionKind }>,
): Suggestion[] {
  return suggestions.filter((suggestion) => !spans.some((span) => span.start < suggestion.end && suggestion.start < span.end));
}
