/**
 * The one redaction rule: spans of an answer's text become typed
 * placeholders. Every place that shows or exports redacted text goes through
 * the text this produces (stored encrypted as Answer.redactedCipher), never
 * through its own copy of the rule.
 */
import type { RedactionKind } from "~/generated/prisma/enums";

export type RedactionSpan = { start: number; end: number; kind: RedactionKind };

export const redactionKinds = ["name", "place", "phone", "date", "detail"] as const satisfies readonly RedactionKind[];

export const placeholderFor: Record<RedactionKind, string> = {
  name: "[name]",
  place: "[place]",
  phone: "[phone]",
  date: "[date]",
  detail: "[detail]",
};

export type SpanProblem = { kind: "outsideText"; span: RedactionSpan } | { kind: "overlap"; span: RedactionSpan; with: RedactionSpan };

/**
 * Spans sorted by start, or the first problem: a span outside the text (or
 * empty) and two spans that overlap are refused, never silently merged — the
 * facilitator must see what they marked.
 */
export function checkSpans(
  text: string,
  spans: readonly RedactionSpan[],
): { kind: "ok"; spans: RedactionSpan[] } | SpanProblem {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  // Spans count UTF-16 code units, like String.prototype.slice and the browser's selection offsets.
  for (const span of sorted) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.end <= span.start) {
      return { kind: "outsideText", span };
    }
  }
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1]!;
    const span = sorted[index]!;
    if (span.start < previous.end) return { kind: "overlap", span, with: previous };
  }
  return { kind: "ok", spans: sorted };
}

/** The text with each span replaced by its placeholder. Spans must have passed checkSpans. */
export function applyRedactions(text: string, spans: readonly RedactionSpan[]): string {
  let result = "";
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    result += text.slice(cursor, span.start) + placeholderFor[span.kind];
    cursor = span.end;
  }
  return result + text.slice(cursor);
}
