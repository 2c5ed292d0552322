import { requirePermission } from "~/http/require-permission.server";
import { notFound } from "~/http/responses.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";

export type ConsultationHostAdmin = {
  staffUserId: string;
  consultationId: string;
  slug: string;
  /** The co-host organisations this person administers among the consultation's accepted hosts. */
  cohostOrganisationIds: string[];
};

/**
 * For the read-only pages of a co-hosted consultation: asks the policy for
 * "consultation:view-as-host" (admins of any accepted host). An unknown slug
 * is refused exactly like someone else's consultation.
 */
export async function requireConsultationHostAdmin(request: Request, slug: string): Promise<ConsultationHostAdmin> {
  const facts = await getHostingFacts(slug);
  const actor = await requirePermission(request, "consultation:view-as-host", facts ?? noHostingFacts);
  if (!facts) notFound();
  const cohostOrganisationIds = actor.memberships
    .filter((membership) => membership.role === "admin" && membership.organisationId !== facts.leadOrganisationId)
    .map((membership) => membership.organisationId)
    .filter((organisationId) => facts.acceptedHostIds.includes(organisationId));
  return { staffUserId: actor.staffUserId, consultationId: facts.consultationId, slug, cohostOrganisationIds };
}
