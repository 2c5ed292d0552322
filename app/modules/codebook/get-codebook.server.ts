/**
 * A consultation's codebook: the four fixed themes, the principles of the
 * draft version it asks about, and the emerging themes facilitators added
 * for what the questions did not ask — each with how many answers carry it.
 * No input text: names and counts only.
 */
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

export type Codebook = {
  themes: Array<{ theme: Theme; answers: number }>;
  principles: Array<{ id: string; number: number; title: string; description: string; answers: number }>;
  emerging: Array<{ id: string; name: string; description: string; answers: number }>;
};

/** Answers of contributions that count: sent, not withdrawn, not merged away as a duplicate. */
const counted = (consultationId: string) => ({
  submission: { consultationId, status: { notIn: ["draft" as const, "withdrawn" as const] }, duplicateOfId: null },
});

export async function getCodebook(consultationId: string, language: string): Promise<Codebook> {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      languages: true,
      draftVersion: {
        select: {
          principles: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, translations: { select: { language: true, title: true, body: true } } },
          },
        },
      },
    },
  });
  const [themeCounts, principleCounts, emerging] = await Promise.all([
    db.answerTheme.groupBy({ by: ["theme"], where: { answer: counted(consultationId) }, _count: { _all: true } }),
    db.answerPrinciple.groupBy({ by: ["principleId"], where: { answer: counted(consultationId) }, _count: { _all: true } }),
    db.emergingTheme.findMany({
      where: { consultationId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, description: true, _count: { select: { answers: { where: { answer: counted(consultationId) } } } } },
    }),
  ]);
  return {
    themes: themes.map((theme) => ({ theme, answers: themeCounts.find((row) => row.theme === theme)?._count._all ?? 0 })),
    principles: (consultation.draftVersion?.principles ?? []).map((principle) => {
      const translation = pickTranslation(principle.translations, language, consultation.languages)?.value;
      return {
        id: principle.id,
        number: principle.number,
        title: translation?.title ?? "",
        description: translation?.body ?? "",
        answers: principleCounts.find((row) => row.principleId === principle.id)?._count._all ?? 0,
      };
    }),
    emerging: emerging.map((row) => ({ id: row.id, name: row.name, description: row.description, answers: row._count.answers })),
  };
}
