/**
 * Emails, web addresses (the participant-side patterns, so both sides agree),
 * IP-like numbers and ID-like numbers (a passport, a case file, an ID card):
 * all become "[detail]".
 */
import { emailPattern, findAll, urlPattern } from "~/modules/submissions/identifying-details";
import type { Suggestion } from "./types";

// Four groups of 1–3 digits joined by dots (IPv4), or IPv6-like groups of hex with colons.
const ipPattern = /(?<![\p{N}.])(?:\d{1,3}\.){3}\d{1,3}(?![\p{N}]|\.\d)|(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}(?![\p{L}\p{N}:])/giu;
// Six or more digits, possibly with letters before and dashes or spaces inside ("AB 123456", "1-234-567-8"),
// but not a four-digit year or an amount like 12,000.
const idPattern = /(?<![\p{L}\p{N}])(?:\p{Lu}{1,3}[ -]?)?\d(?:[ -]?\d){5,}(?:[ -]?\p{Lu})?(?![\p{L}\p{N}])/gu;

export function findContacts(normalised: string): Suggestion[] {
  return [
    ...findAll(normalised, emailPattern, "email" as const).map((span) => ({ ...span, kind: "detail" as const, source: "email" as const })),
    ...findAll(normalised, urlPattern, "url" as const).map((span) => ({
      start: span.start,
      // A sentence's full stop or comma after an address is not part of it.
      end: span.start + normalised.slice(span.start, span.end).replace(/[.,;:!?)\]]+$/u, "").length,
      kind: "detail" as const,
      source: "url" as const,
    })),
    ...findAll(normalised, ipPattern, "ip" as const).map((span) => ({ ...span, kind: "detail" as const, source: "ipAddress" as const })),
    ...findAll(normalised, idPattern, "id" as const).map((span) => ({ ...span, kind: "detail" as const, source: "idNumber" as const })),
  ];
}
