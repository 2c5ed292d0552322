/**
 * How a consultation's hosts and region are shown to the public, shared by
 * every query that lists or shows consultations so they name hosts in the
 * same order (lead first, then co-hosts as they joined) and only those that
 * accepted.
 */
import type { Prisma } from "~/generated/prisma/client";

export const acceptedHostNamesSelect = {
  where: { invitation: "accepted" },
  orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  select: { organisation: { select: { name: true } } },
} satisfies Prisma.Consultation$hostsArgs;

export function regionLabel(place: { regionCity: string; regionCountry: string }): string {
  return [place.regionCity, place.regionCountry].filter(Boolean).join(", ");
}

/** How a host's standing is named on the staff pages. Translation keys written out in full. */
const hostStateKeys = {
  lead: "consultations:admin.hosts.lead",
  accepted: "consultations:admin.hosts.accepted",
  pending: "consultations:admin.hosts.pending",
  declined: "consultations:admin.hosts.declined",
} as const;

export function hostStateKey(host: { role: "lead" | "cohost"; invitation: "accepted" | "pending" | "declined" }) {
  return host.role === "lead" ? hostStateKeys.lead : hostStateKeys[host.invitation];
}
