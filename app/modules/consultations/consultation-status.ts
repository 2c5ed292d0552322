import type { ConsultationStatus } from "~/generated/prisma/enums";

/**
 * draft → open → closed → archived, and closed → open again (reopening).
 * Nothing goes back to draft: once people may have read or answered a
 * consultation, it stays on the record.
 */
export const statusTransitions: Record<ConsultationStatus, readonly ConsultationStatus[]> = {
  draft: ["open"],
  open: ["closed"],
  closed: ["open", "archived"],
  archived: [],
};

/** Translation keys written out in full, so the unused-key check can see them. */
export const statusLabelKeys: Record<ConsultationStatus, string> = {
  draft: "consultations:status.draft",
  open: "consultations:status.open",
  closed: "consultations:status.closed",
  archived: "consultations:status.archived",
};

/** The button for moving from one status to another. */
export function statusActionKey(from: ConsultationStatus, to: ConsultationStatus): string {
  if (to === "open") return from === "closed" ? "consultations:admin.status.reopen" : "consultations:admin.status.open";
  if (to === "closed") return "consultations:admin.status.close";
  return "consultations:admin.status.archive";
}

/**
 * Changes that ask "are you sure?" first: opening a draft (participants
 * can then read and answer it) and archiving (nothing comes back from it).
 */
export function statusChangeNeedsConfirmation(from: ConsultationStatus, to: ConsultationStatus): boolean {
  return (from === "draft" && to === "open") || to === "archived";
}
