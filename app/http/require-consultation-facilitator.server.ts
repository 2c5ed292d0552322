/**
 * The gate of consultation-level facilitator pages (not one item): the
 * policy's "consultation:facilitate". An unknown slug is refused exactly like
 * a consultation another organisation hosts (404).
 */
import { requirePermission } from "~/http/require-permission.server";
import { notFound } from "~/http/responses.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { facilitatingOrganisationIds } from "~/modules/moderation/item-facts.server";

export async function requireConsultationFacilitator(request: Request, slug: string) {
  const facts = await getHostingFacts(slug);
  const actor = await requirePermission(request, "consultation:facilitate", facts ?? noHostingFacts);
  if (!facts) notFound();
  return { actor, facts, slug, organisationIds: facilitatingOrganisationIds(actor.memberships, facts) };
}
