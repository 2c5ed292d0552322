/**
 * Which consultations ("regions") a drafter's summaries cover: those hosted
 * (lead, or accepted co-host) by an organisation where this person is a
 * drafter. Every drafters' page and export starts here, so a drafter never
 * sees a count from a consultation their organisation does not host.
 */
import type { SubmissionKind } from "~/generated/prisma/enums";
import type { Membership } from "~/modules/auth/actor.server";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";

export type SummaryFilters = { language?: string; region?: string; kind?: SubmissionKind };

export type SummaryRegion = {
  consultationId: string;
  slug: string;
  title: string;
  city: string;
  country: string;
  /** The consultation's disclosure threshold. */
  k: number;
  languages: string[];
  draftVersionId: string | null;
  /** The self-description dimensions its hosts ask about (Consultation.selfDescriptionDimensions). */
  dimensions: string[];
};

/** In a stable order (oldest consultation first, then slug), so tables keep their columns. */
export async function listReadableRegions(memberships: readonly Membership[], language: string): Promise<SummaryRegion[]> {
  const organisationIds = memberships.filter((membership) => membership.role === "drafter").map((membership) => membership.organisationId);
  if (organisationIds.length === 0) return [];
  return regionsWhere({ hosts: { some: { organisationId: { in: organisationIds }, invitation: "accepted" } } }, language);
}

/** One consultation as a region (its public outcome page, or a drafter's report already authorised by slug). */
export async function regionOf(consultationId: string, language: string): Promise<SummaryRegion | null> {
  return (await regionsWhere({ id: consultationId }, language))[0] ?? null;
}

async function regionsWhere(where: { id?: string; hosts?: object }, language: string): Promise<SummaryRegion[]> {
  const rows = await getDb().consultation.findMany({
    where: { ...where, status: { not: "draft" } },
    orderBy: [{ opensAt: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      regionCity: true,
      regionCountry: true,
      disclosureThreshold: true,
      languages: true,
      draftVersionId: true,
      selfDescriptionDimensions: true,
      translations: { select: { language: true, title: true } },
    },
  });
  return rows.map((row) => ({
    consultationId: row.id,
    slug: row.slug,
    title: pickTranslation(row.translations, language, row.languages)?.value.title ?? row.slug,
    city: row.regionCity,
    country: row.regionCountry,
    k: row.disclosureThreshold,
    languages: row.languages,
    draftVersionId: row.draftVersionId,
    dimensions: row.selfDescriptionDimensions,
  }));
}
