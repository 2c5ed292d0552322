/**
 * Before sending, warn (never block) when an answer seems to contain details
 * that could identify someone: emails, phone numbers, web addresses,
 * capitalised name-like word pairs, and known place names. Pure and shared:
 * the review page highlights the spans it returns.
 *
 * It is a nudge, not a filter: facilitators still redact by hand, and a
 * false alarm costs the person a second look, nothing more.
 */
export type IdentifyingKind = "email" | "phone" | "url" | "name" | "place";
export type IdentifyingSpan = { start: number; end: number; kind: IdentifyingKind };

/** Place names to look for in every language, besides the consultation's own region. */
export const commonPlaceNames: Readonly<Record<string, readonly string[]>> = {
  en: ["Bogotá", "Colombia", "Medellín", "Cali", "Barranquilla", "Cartagena", "Kabul", "Afghanistan", "Tehran", "Iran", "Winnipeg", "Johannesburg", "Tasmania", "The Hague"],
  es: ["Bogotá", "Colombia", "Medellín", "Cali", "Barranquilla", "Cartagena", "Kabul", "Afganistán", "Teherán", "Irán", "Johannesburgo", "Tasmania", "La Haya"],
  fr: ["Bogotá", "Colombie", "Medellín", "Cali", "Barranquilla", "Carthagène", "Kaboul", "Afghanistan", "Téhéran", "Iran", "Johannesburg", "Tasmanie", "La Haye"],
  ar: ["بوغوتا", "كولومبيا", "ميديلين", "كالي", "كابول", "أفغانستان", "طهران", "إيران", "جوهانسبرغ", "تسمانيا", "لاهاي"],
};

const letterOrDigit = "\\p{L}\\p{N}";
// The finders below are shared with the facilitators' redaction suggestions
// (app/modules/redaction), so both sides agree on what looks identifying.

// Emails: something@something.tld
export const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Web addresses: with a scheme, starting www., or a bare domain with a common ending.
export const urlPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|co|io|gov|edu|example)(?:\/[^\s<>"]*)?\b/giu;
// Phone numbers: seven or more digits (Western, Arabic-Indic or Extended Arabic-Indic),
// optionally with +, spaces, dots, dashes or brackets between them.
const phoneDigit = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
export const phonePattern = new RegExp(`\\+?\\(?${phoneDigit}(?:[\\s.\\-()]{0,2}${phoneDigit}){6,}`, "gu");
// Two or more capitalised words in a row, e.g. "Maria Lopez" or "Ana María Pérez".
const namePattern = /\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)+/gu;

const accentVariants: Record<string, string> = {
  a: "aáàâäãå",
  e: "eéèêë",
  i: "iíìîï",
  o: "oóòôöõ",
  u: "uúùûü",
  n: "nñ",
  c: "cç",
};

export function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** A pattern that finds the place however it is accented or cased, as a whole word. */
export function placePattern(place: string): RegExp {
  const body = [...stripAccents(place).toLowerCase()]
    .map((char) => {
      const variants = accentVariants[char];
      if (variants) return `[${variants}${variants.toUpperCase()}]`;
      return char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("")
    .replace(/ /g, "\\s+");
  return new RegExp(`(?<![${letterOrDigit}])${body}(?![${letterOrDigit}])`, "giu");
}

export function findAll<Kind extends string>(text: string, pattern: RegExp, kind: Kind): Array<{ start: number; end: number; kind: Kind }> {
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    kind,
  }));
}

/** Is `index` the start of a sentence (after only spaces since the last full stop, or the text start)? */
export function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === "" || /[.!?¿¡\n]$/u.test(before);
}

export function nameSpans(text: string): IdentifyingSpan[] {
  const spans: IdentifyingSpan[] = [];
  for (const match of text.matchAll(namePattern)) {
    let start = match.index ?? 0;
    let words = match[0];
    // "When Maria Lopez…": the first word is capitalised only because it opens the sentence.
    if (atSentenceStart(text, start)) {
      const rest = words.match(/^\S+\s+/u);
      if (!rest) continue;
      const remaining = words.slice(rest[0].length);
      if (!/\s/u.test(remaining.trim())) continue;
      start += rest[0].length;
      words = remaining;
    }
    spans.push({ start, end: start + words.length, kind: "name" });
  }
  return spans;
}

/** Spans that look identifying, sorted and never overlapping (the earlier, then longer, wins). */
export function findIdentifyingDetails(text: string, places: readonly string[] = []): IdentifyingSpan[] {
  const uniquePlaces = [...new Set(places.map((place) => place.trim()).filter((place) => place.length >= 2))];
  const found = [
    ...findAll(text, emailPattern, "email"),
    ...findAll(text, urlPattern, "url"),
    ...findAll(text, phonePattern, "phone"),
    ...uniquePlaces.flatMap((place) => findAll(text, placePattern(place), "place")),
    ...nameSpans(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: IdentifyingSpan[] = [];
  for (const span of found) {
    const last = spans[spans.length - 1];
    if (last && span.start < last.end) continue;
    spans.push(span);
  }
  return spans;
}

/** The place names to look for in a consultation: its own region, plus the common list for the language. */
export function placesFor(language: string, region: { city?: string; country?: string }): string[] {
  return [region.city ?? "", region.country ?? "", ...(commonPlaceNames[language] ?? []), ...(commonPlaceNames.en ?? [])];
}

export type TextPiece = { text: string; kind?: IdentifyingKind };

/** The text cut into plain pieces and flagged pieces, for highlighting with <mark>. */
export function splitBySpans(text: string, spans: readonly IdentifyingSpan[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let position = 0;
  for (const span of spans) {
    if (span.start > position) pieces.push({ text: text.slice(position, span.start) });
    pieces.push({ text: text.slice(span.start, span.end), kind: span.kind });
    position = span.end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position) });
  return pieces;
}
