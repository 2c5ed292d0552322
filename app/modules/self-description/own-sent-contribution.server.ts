/**
 * Which contribution a self-description belongs to, and whether it may have
 * one: a sent contribution (not a draft, not withdrawn) of a consultation
 * whose hosts ask at least one dimension. Reached only through its author —
 * a signed-in participant's own contribution, or the one a receipt code
 * opens (docs/decisions.md, "Self-description for account-less input").
 */
import type { SubmissionStatus } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { normaliseDimensions, type Dimension } from "./dimensions";

export const sentStatuses: readonly SubmissionStatus[] = ["received", "in_review", "approved", "held", "rejected"];

export type SelfDescriptionConsultation = { id: string; slug: string; dimensions: Dimension[] };

/** A published consultation that asks for self-description, or null (none asked: there is no such page). */
export async function findSelfDescriptionConsultation(slug: string): Promise<SelfDescriptionConsultation | null> {
  const row = await getDb().consultation.findFirst({
    where: { slug, status: { not: "draft" } },
    select: { id: true, slug: true, selfDescriptionDimensions: true },
  });
  if (!row) return null;
  const dimensions = normaliseDimensions(row.selfDescriptionDimensions);
  return dimensions.length > 0 ? { id: row.id, slug: row.slug, dimensions } : null;
}

/** The participant's sent contribution in this consultation, if any. */
export async function findParticipantSentContribution(consultationId: string, participantId: string): Promise<string | null> {
  const row = await getDb().submission.findFirst({
    where: { consultationId, participantId, status: { in: [...sentStatuses] } },
    orderBy: { updatedOn: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** Whether this contribution (reached by its receipt code) is a sent one of this consultation. */
export async function isSentContributionOf(submissionId: string, consultationId: string): Promise<boolean> {
  const row = await getDb().submission.findFirst({
    where: { id: submissionId, consultationId, status: { in: [...sentStatuses] } },
    select: { id: true },
  });
  return row !== null;
}

/** Whether this is the participant's own sent contribution of this consultation (My contributions names it). */
export async function isOwnSentContribution(submissionId: string, consultationId: string, participantId: string): Promise<boolean> {
  const row = await getDb().submission.findFirst({
    where: { id: submissionId, consultationId, participantId, status: { in: [...sentStatuses] } },
    select: { id: true },
  });
  return row !== null;
}
