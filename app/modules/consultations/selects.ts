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
