import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { languageLabel } from "~/modules/consultations/language-names";

/**
 * A translation field with the source-language text beside it, so a
 * translator never has to scroll elsewhere to see what they translate.
 * When the field is the source language itself, it stands alone.
 */
export function TranslationPair({
  source,
  children,
}: {
  /** The same text in the source language; null when this field is the source, or it has none yet. */
  source: { language: string; text: string } | null;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation("consultations");
  if (!source) return <>{children}</>;
  return (
    <div className="translation-pair">
      {children}
      <figure className="source-text">
        <figcaption className="source-text__label">{t("admin.source.label", { language: languageLabel(source.language, i18n.language) })}</figcaption>
        <div lang={source.language}>{source.text || t("admin.source.empty")}</div>
      </figure>
    </div>
  );
}

/**
 * The source-language texts for an edit page in `language`: undefined when
 * the page edits the source itself. `pair(value)` is what TranslationPair takes.
 */
export function sourceTextsFor<Text extends { language: string }>(
  view: { sourceLanguage: string | null; texts: readonly Text[] },
  language: string,
) {
  const source = language === view.sourceLanguage ? undefined : view.texts.find((candidate) => candidate.language === view.sourceLanguage);
  return { source, pair: (value: string) => (source ? { language: source.language, text: value } : null) };
}
