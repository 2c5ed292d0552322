/**
 * The choices the facilitators' item and queue pages offer, without zod, so
 * page components can import them (moderation-forms.ts holds the schemas).
 */
/** Why a contribution is not included: a short list, so the audit and the history can say it without free text. */
export const rejectReasons = ["duplicate", "off_topic", "identifies_someone", "abusive", "other"] as const;
export type RejectReason = (typeof rejectReasons)[number];

/** Translation keys written out in full, so the unused-key check can see them. */
export const rejectReasonKeys: Record<RejectReason, string> = {
  duplicate: "workspace:moderation.reasons.duplicate",
  off_topic: "workspace:moderation.reasons.offTopic",
  identifies_someone: "workspace:moderation.reasons.identifiesSomeone",
  abusive: "workspace:moderation.reasons.abusive",
  other: "workspace:moderation.reasons.other",
};

export const isRejectReason = (value: unknown): value is RejectReason =>
  typeof value === "string" && (rejectReasons as readonly string[]).includes(value);

export const maxNoteCharacters = 2000;

export const queueStatuses = ["received", "in_review", "approved", "held", "rejected", "withdrawn"] as const;
export type QueueStatus = (typeof queueStatuses)[number];

/** Translation keys written out in full. */
export const queueStatusKeys: Record<QueueStatus, string> = {
  received: "workspace:queue.status.received",
  in_review: "workspace:queue.status.inReview",
  approved: "workspace:queue.status.approved",
  held: "workspace:queue.status.held",
  rejected: "workspace:queue.status.rejected",
  withdrawn: "workspace:queue.status.withdrawn",
};

export const queuePageSize = 50;
