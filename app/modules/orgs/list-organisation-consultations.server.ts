import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

/** Consultations an organisation leads or co-hosts (or was invited to), newest first. */
export async function listOrganisationConsultations(organisationId: string, language: string) {
  const rows = await getDb().consultationHost.findMany({
    where: { organisationId },
    orderBy: { consultation: { opensAt: "desc" } },
    select: {
      role: true,
      invitation: true,
      consultation: {
        select: { slug: true, status: true, languages: true, translations: { select: { language: true, title: true } } },
      },
    },
  });
  return rows.map((row) => ({
    slug: row.consultation.slug,
    status: row.consultation.status,
    role: row.role,
    invitation: row.invitation,
    title: pickTranslation(row.consultation.translations, language, row.consultation.languages)?.value.title ?? row.consultation.slug,
  }));
}
