import { requirePermission } from "~/http/require-permission.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";

export type ConsultationManager = { staffUserId: string; consultationId: string; leadOrganisationId: string; slug: string };

/**
 * For every loader and action of a consultation's settings pages: asks the
 * permission policy for "consultation:manage" (admins of the lead
 * organisation). An unknown slug is refused exactly like someone else's
 * consultation, so neither reveals that it exists.
 */
export async function requireConsultationManager(request: Request, slug: string): Promise<ConsultationManager> {
  const facts = await getHostingFacts(slug);
  const actor = await requirePermission(request, "consultation:manage", facts ?? noHostingFacts);
  if (actor.kind !== "staff" || !facts) throw new Response(null, { status: 404 });
  return { staffUserId: actor.staffUserId, consultationId: facts.consultationId, leadOrganisationId: facts.leadOrganisationId, slug };
}
