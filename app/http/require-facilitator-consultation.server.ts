/**
 * The gate of the consultation-level facilitator routes (the codebook and
 * its exports): "consultation:facilitate" on the consultation, an unknown
 * slug refused like another organisation's consultation (404).
 */
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { facilitatingOrganisationIds } from "~/modules/moderation/item-facts.server";
import { requirePermission } from "./require-permission.server";
import { notFound } from "./responses.server";

export async function requireFacilitatorConsultation(request: Request, slug: string) {
  const facts = await getHostingFacts(slug);
  const actor = await requirePermission(request, "consultation:facilitate", facts ?? noHostingFacts);
  if (!facts) notFound();
  return { actor, consultationId: facts.consultationId, organisationIds: facilitatingOrganisationIds(actor.memberships, facts) };
}
