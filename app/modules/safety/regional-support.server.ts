/**
 * Support services for /safety, by region: every public consultation (open
 * or closed, not draft or archived) names services for its region; a person reading the
 * safety advice may not have come through a consultation page, so the page
 * lists them all, each region once. Public information only — the same the
 * consultation pages show.
 */
import { getDb } from "~/modules/db/db.server";
import { regionLabel } from "~/modules/consultations/hosting/hosting-display";
import { pickTranslation } from "~/modules/consultations/translation";

export type RegionalSupport = {
  region: string;
  language: string;
  resources: Array<{ name: string; description: string; contact: string }>;
  hostContacts: Array<{ name: string; contact: string }>;
};

/** `consultationSlugs`: only those consultations' regions (a person's own input); none given or none public: all. */
export async function listRegionalSupport(
  language: string,
  { consultationSlugs }: { consultationSlugs?: readonly string[] } = {},
): Promise<RegionalSupport[]> {
  if (consultationSlugs && consultationSlugs.length > 0) {
    const own = await listRegionalSupportWhere(language, [...new Set(consultationSlugs)]);
    if (own.length > 0) return own;
  }
  return listRegionalSupportWhere(language, undefined);
}

async function listRegionalSupportWhere(language: string, slugs: string[] | undefined): Promise<RegionalSupport[]> {
  const rows = await getDb().consultation.findMany({
    where: { status: { in: ["open", "closed"] }, ...(slugs ? { slug: { in: slugs } } : {}) },
    orderBy: [{ regionCountry: "asc" }, { regionCity: "asc" }, { slug: "asc" }],
    select: {
      regionCity: true,
      regionCountry: true,
      languages: true,
      supportResources: { orderBy: { position: "asc" }, select: { language: true, name: true, description: true, contact: true } },
      hosts: {
        where: { invitation: "accepted" },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { organisation: { select: { name: true, supportContact: true } } },
      },
    },
  });
  const byRegion = new Map<string, RegionalSupport>();
  for (const row of rows) {
    const region = regionLabel(row);
    // Services in the reader's language, else in the consultation's first language that has some.
    const supportLanguage = pickTranslation(row.supportResources, language, row.languages)?.language ?? language;
    const entry = byRegion.get(region) ?? { region, language: supportLanguage, resources: [], hostContacts: [] };
    for (const resource of row.supportResources.filter((candidate) => candidate.language === supportLanguage)) {
      if (!entry.resources.some((known) => known.name === resource.name && known.contact === resource.contact))
        entry.resources.push({ name: resource.name, description: resource.description, contact: resource.contact });
    }
    for (const { organisation } of row.hosts) {
      if (organisation.supportContact && !entry.hostContacts.some((known) => known.name === organisation.name))
        entry.hostContacts.push({ name: organisation.name, contact: organisation.supportContact });
    }
    byRegion.set(region, entry);
  }
  return [...byRegion.values()].filter((entry) => entry.resources.length > 0 || entry.hostContacts.length > 0);
}
