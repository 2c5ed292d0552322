/**
 * The report page and its downloads share one gate and one scope: a drafter
 * of an accepted host (consultation:read-summaries; anyone else gets what an
 * unknown consultation gets), the consultation as a region the drafter's
 * organisations may read, and the filters parsed once from the query string.
 */
import { getStaffConsultationTitle } from "~/modules/consultations/get-staff-consultation-title.server";
import { getHostingFacts, noHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { listReadableRegions } from "~/modules/summaries/summary-scope.server";
import { detectLanguage } from "./i18n.server";
import { requirePermission } from "./require-permission.server";
import { invariantResponse } from "./responses.server";
import { parseSummaryFilters } from "./report-filters.server";

export async function requireDrafterReport(request: Request, slug: string) {
  const facts = await getHostingFacts(slug);
  // An unknown slug is refused exactly like a consultation of another organisation.
  const actor = await requirePermission(request, "consultation:read-summaries", facts ?? noHostingFacts);
  invariantResponse(facts, 404);
  const language = await detectLanguage(request);
  // A consultation still in draft is no region yet (nothing to count); its hosts' drafters still see its page, by its title.
  const view = await listReadableRegions(actor.memberships, language);
  const region = view.find((entry) => entry.slug === slug) ?? null;
  const title = region?.title ?? (await getStaffConsultationTitle(facts.consultationId, language));
  const organisationId =
    actor.memberships.find((membership) => membership.role === "drafter" && facts.acceptedHostIds.includes(membership.organisationId))
      ?.organisationId ?? null;
  const parsed = parseSummaryFilters(new URL(request.url), { regions: region ? [region] : [] }, language);
  return { actor, region, view, title, language, organisationId, ...parsed, parsed };
}
