/**
 * The gate of every route under /facilitate/:slug/:id: the policy's
 * "consultation:facilitate" on the item's consultation. An unknown slug, an
 * id that is not a contribution of that consultation and another
 * organisation's item are all the same 404.
 */
import { requirePermission } from "./require-permission.server";
import { getItemFacts, facilitatingOrganisationIds } from "~/modules/moderation/item-facts.server";
import { noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { notFound } from "./responses.server";

export async function requireFacilitatorItem(request: Request, params: { slug?: string; id?: string }) {
  const item = await getItemFacts(params.slug ?? "", params.id ?? "");
  const actor = await requirePermission(request, "consultation:facilitate", item ?? noHostingFacts);
  if (!item) notFound();
  return { actor, item, organisationIds: facilitatingOrganisationIds(actor.memberships, item) };
}
