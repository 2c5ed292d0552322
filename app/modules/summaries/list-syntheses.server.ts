/**
 * The facilitators' synthesis overview of a consultation: per theme, and per
 * principle of its draft, the newest version and the one in force (published
 * most recently). Reads no text.
 */
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { getDb } from "~/modules/db/db.server";
import { listDraftPrinciples } from "./synthesis-scope.server";

export type SynthesisStatus = { latest: { version: number; savedOn: string } | null; published: { version: number; publishedOn: string } | null };
export type SynthesisOverview = Array<{
  theme: Theme;
  status: SynthesisStatus;
  principles: Array<{ number: number; title: string; titleLanguage: string; status: SynthesisStatus }>;
}>;

export async function listSyntheses(consultationId: string, language: string): Promise<SynthesisOverview> {
  const [rows, principles] = await Promise.all([
    getDb().themeSynthesis.findMany({
      where: { consultationId },
      select: { theme: true, principleId: true, version: true, createdAt: true, publishedAt: true },
    }),
    listDraftPrinciples(consultationId, language),
  ]);
  const statusOf = (theme: Theme, principleId: string | null): SynthesisStatus => {
    const mine = rows.filter((row) => row.theme === theme && row.principleId === principleId);
    const latest = mine.reduce<(typeof mine)[number] | null>((best, row) => (!best || row.version > best.version ? row : best), null);
    const published = mine
      .filter((row) => row.publishedAt)
      .reduce<(typeof mine)[number] | null>((best, row) => (!best || row.publishedAt! > best.publishedAt! ? row : best), null);
    return {
      latest: latest ? { version: latest.version, savedOn: latest.createdAt.toISOString().slice(0, 10) } : null,
      published: published ? { version: published.version, publishedOn: published.publishedAt!.toISOString().slice(0, 10) } : null,
    };
  };
  return themes.map((theme) => ({
    theme,
    status: statusOf(theme, null),
    principles: principles
      .filter((principle) => principle.theme === theme)
      .map((principle) => ({ number: principle.number, title: principle.title, titleLanguage: principle.titleLanguage, status: statusOf(theme, principle.id) })),
  }));
}
