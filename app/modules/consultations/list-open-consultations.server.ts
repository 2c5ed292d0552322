import { getDb } from "~/modules/db/db.server";
import { acceptedHostNamesSelect, regionLabel } from "~/modules/consultations/hosting/hosting-display";
import { formatDay, pickTranslation } from "~/modules/consultations/translation";
import { placeAndDatesSelect } from "~/modules/consultations/selects";

export type OpenConsultationSummary = {
  slug: string;
  title: string;
  titleLanguage: string;
  description: string;
  region: string;
  hostNames: string[];
  closesOn: string;
};

/** Consultations taking input now, soonest closing first, in the reader's language where possible. */
export async function listOpenConsultations(language: string, now = new Date()): Promise<OpenConsultationSummary[]> {
  const rows = await getDb().consultation.findMany({
    where: { status: "open", opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: { closesAt: "asc" },
    select: {
      ...placeAndDatesSelect,
      translations: { select: { language: true, title: true, description: true } },
      hosts: acceptedHostNamesSelect,
    },
  });
  return rows.map((row) => {
    const translation = pickTranslation(row.translations, language, row.languages);
    return {
      slug: row.slug,
      title: translation?.value.title ?? row.slug,
      titleLanguage: translation?.language ?? language,
      description: translation?.value.description ?? "",
      region: regionLabel(row),
      hostNames: row.hosts.map((host) => host.organisation.name),
      closesOn: formatDay(row.closesAt, language, row.timeZone),
    };
  });
}
