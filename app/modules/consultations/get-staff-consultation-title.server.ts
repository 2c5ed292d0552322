import { getDb } from "~/modules/db/db.server";
import { pickTranslation } from "~/modules/consultations/translation";

/**
 * The title staff see on a consultation's workspace pages, whatever its
 * status (a draft one too: its hosts prepare it before anyone else may see
 * it). Call only after the permission check; the slug when it has no title yet.
 */
export async function getStaffConsultationTitle(consultationId: string, language: string): Promise<string> {
  const row = await getDb().consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: { slug: true, languages: true, translations: { select: { language: true, title: true } } },
  });
  return pickTranslation(row.translations, language, row.languages)?.value.title ?? row.slug;
}
