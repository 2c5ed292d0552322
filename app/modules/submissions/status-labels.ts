import type { SubmissionStatus } from "~/generated/prisma/enums";

/** Translation keys written out in full, so the unused-key check can see them. */
export const submissionStatusKeys: Record<SubmissionStatus, string> = {
  draft: "contributions.status.draft",
  received: "contributions.status.received",
  in_review: "contributions.status.inReview",
  approved: "contributions.status.approved",
  held: "contributions.status.inReview",
  rejected: "contributions.status.notIncluded",
  withdrawn: "contributions.status.withdrawn",
};
