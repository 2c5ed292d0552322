import { getDb } from "~/modules/db/db.server";
import { acceptedHostNamesSelect, regionLabel } from "~/modules/consultations/hosting/hosting-display";
import { actualClosingInstant } from "~/modules/consultations/input-window";
import { formatDay, pickTranslation } from "~/modules/consultations/translation";
import { placeAndDatesSelect } from "~/modules/consultations/selects";

/**
 * Consultations that no longer take input — closed, archived, or open past
 * their closing date — most recently closed first. Their pages stay
 * readable so people can see what was asked and who asked it.
 */
export async function listClosedConsultations(language: string, now = new Date()) {
  const rows = await getDb().consultation.findMany({
    where: {
      OR: [{ status: { in: ["closed", "archived"] } }, { status: "open", closesAt: { lte: now } }],
    },
    orderBy: { closesAt: "desc" },
    take: 200,
    select: {
      ...placeAndDatesSelect,
      translations: { select: { language: true, title: true } },
      hosts: acceptedHostNamesSelect,
    },
  });
  return rows.map((row) => {
    const title = pickTranslation(row.translations, language, row.languages);
    return {
      slug: row.slug,
      title: title?.value.title ?? row.slug,
      titleLanguage: title?.language ?? language,
      region: regionLabel(row),
      hostNames: row.hosts.map((host) => host.organisation.name),
      opensOn: formatDay(row.opensAt, language, row.timeZone),
      closesOn: formatDay(actualClosingInstant(row), language, row.timeZone),
    };
  });
}
