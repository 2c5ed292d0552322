/**
 * What a synthesis is about: one of the four themes of a consultation, or
 * one principle of that theme in the consultation's draft (by its number in
 * the draft). Anything else is no scope at all (the route answers 404).
 */
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

export type SynthesisScope = { theme: Theme; principle: { id: string; number: number; title: string; titleLanguage: string } | null };

export function isTheme(value: string): value is Theme {
  return (themes as readonly string[]).includes(value);
}

/** The principles of the consultation's draft, by theme and number, with their titles in the reader's language. */
export async function listDraftPrinciples(consultationId: string, language: string) {
  const consultation = await getDb().consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      languages: true,
      draftVersion: {
        select: {
          principles: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, theme: true, translations: { select: { language: true, title: true } } },
          },
        },
      },
    },
  });
  return (consultation.draftVersion?.principles ?? []).map((principle) => {
    const title = pickTranslation(principle.translations, language, consultation.languages);
    return { id: principle.id, number: principle.number, theme: principle.theme, title: title?.value.title ?? "", titleLanguage: title?.language ?? language };
  });
}

export async function resolveSynthesisScope(
  consultationId: string,
  theme: string,
  principleNumber: string | undefined,
  language: string,
): Promise<SynthesisScope | null> {
  if (!isTheme(theme)) return null;
  if (principleNumber === undefined) return { theme, principle: null };
  if (!/^[1-9]\d{0,3}$/.test(principleNumber)) return null;
  const principle = (await listDraftPrinciples(consultationId, language)).find(
    (candidate) => candidate.number === Number(principleNumber) && candidate.theme === theme,
  );
  return principle ? { theme, principle: { id: principle.id, number: principle.number, title: principle.title, titleLanguage: principle.titleLanguage } } : null;
}
