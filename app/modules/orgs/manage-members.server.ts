/**
 * Helpers for the member use cases below; they only run inside another use
 * case's transaction.
 */
import type { Prisma } from "~/generated/prisma/client";

/** Whether this membership is the organisation's only admin: an organisation is never left without one. */
export async function isLastAdmin(tx: Prisma.TransactionClient, membership: { organisationId: string; role: string; staffUserId: string }) {
  if (membership.role !== "admin") return false;
  const admins = await tx.membership.findMany({
    where: { organisationId: membership.organisationId, role: "admin" },
    select: { staffUserId: true },
  });
  return admins.every((admin) => admin.staffUserId === membership.staffUserId);
}

export type MemberChangeResult = { ok: true; username: string } | { ok: false; field?: string; error: string };
