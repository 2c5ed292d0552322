/**
 * Prisma `select` blocks several use cases of consultations/ read the same
 * way, kept in one place so they cannot drift apart.
 */

/** The lead organisation of a consultation: spread into a consultation's select, read `hosts[0]?.organisationId`. */
export const leadOrganisationSelect = {
  hosts: { where: { role: "lead" as const }, select: { organisationId: true } },
};

/** The organisation that owns a draft version's document (only it may edit the document). */
export const draftVersionOwnerSelect = { document: { select: { organisationId: true } } };

/** Where and when a consultation runs, as listings, invitations and public pages show it. */
export const placeAndDatesSelect = {
  slug: true,
  languages: true,
  regionCity: true,
  regionCountry: true,
  timeZone: true,
  opensAt: true,
  closesAt: true,
  closedAt: true,
} as const;

/** What the settings form edits (and the audit event compares before and after). */
export const consultationSettingsSelect = {
  regionCity: true,
  regionCountry: true,
  timeZone: true,
  languages: true,
  opensAt: true,
  closesAt: true,
  exitUrl: true,
  disclosureThreshold: true,
  selfDescriptionDimensions: true,
} as const;

/** A draft principle with its texts in every language. */
export const principleWithTextsSelect = {
  number: true,
  theme: true,
  describesViolence: true,
  translations: { select: { language: true, title: true, body: true } },
} as const;
