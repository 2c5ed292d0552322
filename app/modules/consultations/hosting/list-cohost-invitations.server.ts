import { getDb } from "~/modules/db/db.server";
import { regionLabel } from "~/modules/consultations/hosting/hosting-display";
import { formatDay, pickTranslation } from "~/modules/consultations/translation";
import { placeAndDatesSelect } from "~/modules/consultations/selects";

export type CohostInvitation = {
  hostId: string;
  organisationId: string;
  organisationName: string;
  consultationTitle: string;
  titleLanguage: string;
  leadOrganisationName: string;
  region: string;
  opensOn: string;
  closesOn: string;
};

/** Invitations to co-host still waiting for an answer, addressed to the given organisations. */
export async function listCohostInvitations(organisationIds: readonly string[], language: string): Promise<CohostInvitation[]> {
  if (organisationIds.length === 0) return [];
  const rows = await getDb().consultationHost.findMany({
    where: { organisationId: { in: [...organisationIds] }, role: "cohost", invitation: "pending" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      organisation: { select: { id: true, name: true } },
      consultation: {
        select: {
          ...placeAndDatesSelect,
          translations: { select: { language: true, title: true } },
          hosts: { where: { role: "lead" }, select: { organisation: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((row) => {
    const title = pickTranslation(row.consultation.translations, language, row.consultation.languages);
    return {
      hostId: row.id,
      organisationId: row.organisation.id,
      organisationName: row.organisation.name,
      consultationTitle: title?.value.title ?? row.consultation.slug,
      titleLanguage: title?.language ?? language,
      leadOrganisationName: row.consultation.hosts[0]?.organisation.name ?? "",
      region: regionLabel(row.consultation),
      opensOn: formatDay(row.consultation.opensAt, language, row.consultation.timeZone),
      closesOn: formatDay(row.consultation.closesAt, language, row.consultation.timeZone),
    };
  });
}
