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
