import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

/** A participant's own contributions, newest first, with their status. Never anyone else's. */
export async function listOwnContributions(participantId: string, language: string) {
  const rows = await getDb().submission.findMany({
    where: { participantId },
    orderBy: { updatedOn: "desc" },
    select: {
      id: true,
      status: true,
      receivedOn: true,
      updatedOn: true,
      consultation: {
        select: { slug: true, languages: true, translations: { select: { language: true, title: true } } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    day: (row.receivedOn ?? row.updatedOn).toISOString().slice(0, 10),
    consultationSlug: row.consultation.slug,
    consultationTitle:
      pickTranslation(row.consultation.translations, language, row.consultation.languages)?.value.title ??
      row.consultation.slug,
  }));
}
