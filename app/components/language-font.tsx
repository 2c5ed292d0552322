import notoNaskhArabic from "~/styles/fonts/noto-naskh-arabic.css?url";
import vazirmatn from "~/styles/fonts/vazirmatn.css?url";

/**
 * The font stylesheet a page's language needs, or none. A per-language link
 * (rather than one stylesheet with unicode-range) keeps Latin-script pages
 * from downloading even the @font-face rules; the font files themselves are
 * fetched only when a glyph on the page uses them.
 */
const fontStylesheets: Partial<Record<string, string>> = {
  ar: notoNaskhArabic,
  fa: vazirmatn,
  "fa-AF": vazirmatn,
  ps: vazirmatn,
};

export function fontStylesheetFor(language: string): string | undefined {
  return fontStylesheets[language];
}

export function LanguageFont({ language }: { language: string }) {
  const href = fontStylesheetFor(language);
  return href ? <link rel="stylesheet" href={href} /> : null;
}
