import type { HostingFacts } from "~/modules/auth/permissions.server";
import { getHostingFacts } from "~/modules/consultations/hosting/get-hosting-facts.server";
import { getDb } from "~/modules/db/db.server";

export type ItemFacts = HostingFacts & { consultationId: string; submissionId: string };

/**
 * Who may reach one contribution in the facilitators' workspace: the hosts of
 * its consultation. Null when the slug is unknown, when the id is not a sent
 * contribution of that consultation (a draft is still the person's own), or
 * when it is an exact duplicate merged away — all look alike to the caller,
 * who refuses them with the same 404 as another organisation's item.
 */
export async function getItemFacts(slug: string, submissionId: string): Promise<ItemFacts | null> {
  const facts = await getHostingFacts(slug);
  if (!facts) return null;
  const submission = await getDb().submission.findFirst({
    where: { id: submissionId, consultationId: facts.consultationId, status: { not: "draft" }, duplicateOfId: null },
    select: { id: true },
  });
  return submission ? { ...facts, submissionId: submission.id } : null;
}

/** The actor's organisations that host this consultation and in which they facilitate. */
export function facilitatingOrganisationIds(
  memberships: ReadonlyArray<{ organisationId: string; role: string }>,
  facts: HostingFacts,
): string[] {
  return memberships
    .filter((membership) => membership.role === "facilitator" && facts.acceptedHostIds.includes(membership.organisationId))
    .map((membership) => membership.organisationId);
}
