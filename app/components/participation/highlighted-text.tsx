import { useTranslation } from "react-i18next";
import { splitBySpans, type IdentifyingKind, type IdentifyingSpan } from "~/modules/submissions/identifying-details";

/** Translation keys written out in full, so the unused-key check can see them. */
export const identifyingKindKeys: Record<IdentifyingKind, string> = {
  email: "review.kinds.email",
  phone: "review.kinds.phone",
  url: "review.kinds.url",
  name: "review.kinds.name",
  place: "review.kinds.place",
};

/** The person's own text, with what looks identifying marked (and named for screen readers). */
export function HighlightedText({ text, spans }: { text: string; spans: readonly IdentifyingSpan[] }) {
  const { t } = useTranslation("participation");
  return (
    <p className="answer-text">
      {splitBySpans(text, spans).map((piece, index) =>
        piece.kind ? (
          <mark key={index} title={t(identifyingKindKeys[piece.kind])}>
            {piece.text}
            <span className="visually-hidden">{` (${t(identifyingKindKeys[piece.kind])})`}</span>
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
