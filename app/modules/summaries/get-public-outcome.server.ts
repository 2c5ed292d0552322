/**
 * The public outcome of a consultation (/c/:slug/outcome, no sign-in): the
 * published syntheses of each theme and principle, and only the quotes
 * whose authors chose public quoting (c) — re-checked against their consent
 * of now (listPublishedQuotes, audience "public") and kept only where the
 * count of their theme is shown (quotes are never shown from a cell the
 * disclosure control hides).
 */
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { listPublishedQuotes, listPublishedSyntheses, type SynthesisSections } from "./published-syntheses.server";
import { listDraftPrinciples } from "./synthesis-scope.server";

export type OutcomeSynthesis = {
  principle: { number: number; title: string; titleLanguage: string } | null;
  version: number;
  publishedOn: string;
  html: SynthesisSections;
};
export type OutcomeQuote = { text: string; language: string; month: string; kind: "online" | "in_person" };
export type PublicOutcome = {
  slug: string;
  title: string;
  titleLanguage: string;
  themes: Array<{ theme: Theme; syntheses: OutcomeSynthesis[]; quotes: OutcomeQuote[] }>;
};

/**
 * COUNTS SLOT: whether a theme's count is shown for this consultation, from
 * the lead's summary tables (themesByRegion + isCellShown) once they are on
 * main. Until then no theme counts as shown, so no public quote is shown:
 * the safe side of "a quote only where its cell is shown".
 */
async function themeShown(_consultationId: string, _theme: Theme): Promise<boolean> {
  return false;
}

export async function getPublicOutcome(slug: string, language: string): Promise<PublicOutcome | null> {
  const consultation = await getDb().consultation.findFirst({
    where: { slug, status: { not: "draft" } },
    select: { id: true, slug: true, languages: true, translations: { select: { language: true, title: true } } },
  });
  if (!consultation) return null;
  const syntheses = await listPublishedSyntheses({ consultationIds: [consultation.id] });
  if (syntheses.length === 0) return null;
  const [quotes, principles] = await Promise.all([
    listPublishedQuotes({ consultationIds: [consultation.id], audience: "public" }),
    listDraftPrinciples(consultation.id, language),
  ]);
  const title = pickTranslation(consultation.translations, language, consultation.languages);
  const shown = new Map<Theme, boolean>();
  for (const theme of themes) shown.set(theme, await themeShown(consultation.id, theme));
  return {
    slug: consultation.slug,
    title: title?.value.title ?? consultation.slug,
    titleLanguage: title?.language ?? language,
    themes: themes
      .map((theme) => ({
        theme,
        syntheses: syntheses
          .filter((synthesis) => synthesis.theme === theme)
          .map((synthesis) => {
            const principle = principles.find((candidate) => candidate.number === synthesis.principleNumber);
            return {
              principle:
                synthesis.principleNumber === null
                  ? null
                  : { number: synthesis.principleNumber, title: principle?.title ?? "", titleLanguage: principle?.titleLanguage ?? language },
              version: synthesis.version,
              publishedOn: synthesis.publishedOn,
              html: synthesis.html,
            };
          }),
        // No answer id, no pseudonym, no day: the text, its language, month and kind only.
        quotes: shown.get(theme)
          ? quotes.filter((quote) => quote.theme === theme).map(({ text, language: quoteLanguage, month, kind }) => ({ text, language: quoteLanguage, month, kind }))
          : [],
      }))
      .filter((group) => group.syntheses.length > 0),
  };
}
