import type { HostingFacts } from "~/modules/auth/permissions.server";
import { getDb } from "~/modules/db/db.server";

/** Who hosts a consultation, for the permission policy; null when there is no such consultation. */
export async function getHostingFacts(slug: string): Promise<(HostingFacts & { consultationId: string }) | null> {
  const consultation = await getDb().consultation.findUnique({
    where: { slug },
    select: { id: true, hosts: { select: { organisationId: true, role: true, invitation: true } } },
  });
  if (!consultation) return null;
  const lead = consultation.hosts.find((host) => host.role === "lead");
  return {
    consultationId: consultation.id,
    leadOrganisationId: lead?.organisationId ?? "",
    acceptedHostIds: consultation.hosts.filter((host) => host.invitation === "accepted").map((host) => host.organisationId),
  };
}

/** Facts that grant nothing: used when a slug is unknown, so unknown and forbidden look alike. */
export const noHostingFacts: HostingFacts = { leadOrganisationId: "", acceptedHostIds: [] };
