import { pickTranslation } from "~/modules/consultations/translation";

type PrincipleRow = { id: string; number: number; translations: ReadonlyArray<{ language: string; title: string }> };

/** The draft principles a facilitator codes and filters by, titled in their language (else the consultation's). */
export function translatedPrinciples(rows: readonly PrincipleRow[], language: string, languages: readonly string[]) {
  return rows.map((principle) => ({
    id: principle.id,
    number: principle.number,
    title: pickTranslation(principle.translations, language, languages)?.value.title ?? "",
  }));
}

/** What both pages select of the principles. */
export const principleSelect = {
  orderBy: { number: "asc" },
  select: { id: true, number: true, translations: { select: { language: true, title: true } } },
} as const;
