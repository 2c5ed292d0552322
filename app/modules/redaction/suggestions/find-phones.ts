/**
 * Phone numbers: libphonenumber-js reads numbers as written in the
 * consultation's country (and international ones anywhere); the
 * participant-side pattern (seven or more digits) catches what it cannot
 * place, such as a number of a neighbouring country written without its code.
 */
import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js";
import { findAll, phonePattern } from "~/modules/submissions/identifying-details";
import type { Suggestion } from "./types";

export function findPhones(normalised: string, country?: string): Suggestion[] {
  const found = findPhoneNumbersInText(normalised, country ? { defaultCountry: country as CountryCode } : undefined);
  const parsed: Suggestion[] = found.map((match) => ({ start: match.startsAt, end: match.endsAt, kind: "phone", source: "phone" }));
  const loose: Suggestion[] = findAll(normalised, phonePattern, "phone" as const)
    .map((span) => ({ start: span.start, end: trimEnd(normalised, span.start, span.end), kind: "phone" as const, source: "phone" as const, loose: true as const }))
    .filter((span) => !parsed.some((other) => other.start < span.end && span.start < other.end));
  return [...parsed, ...loose];
}

/** The loose pattern may end on a bracket or a space; the span ends on the last digit. */
function trimEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && !/\d/.test(text[last - 1] ?? "")) last--;
  return last;
}
