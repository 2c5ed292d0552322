/**
 * The rule for whether a consultation takes input at a moment: status
 * "open" and opensAt ≤ now < closesAt. Pure, so pages and the input gate
 * (consultation-input-gate.server.ts) share exactly one definition.
 */
import type { ConsultationStatus } from "~/generated/prisma/enums";

export type InputWindow = { status: ConsultationStatus; opensAt: Date; closesAt: Date };
export type InputWindowState = "open" | "notYetOpen" | "closed";

export function inputWindowState(consultation: InputWindow, now = new Date()): InputWindowState {
  if (consultation.status !== "open" || now.getTime() >= consultation.closesAt.getTime()) return "closed";
  if (now.getTime() < consultation.opensAt.getTime()) return "notYetOpen";
  return "open";
}

/**
 * The moment input actually ended, for "closed on …": the day an admin
 * closed it when that came before the planned closing, otherwise the
 * planned closing. A consultation closed early must not announce a closing
 * date still in the future (issue 10, bug 1).
 */
export function actualClosingInstant(consultation: { closesAt: Date; closedAt: Date | null }): Date {
  if (consultation.closedAt && consultation.closedAt.getTime() < consultation.closesAt.getTime()) return consultation.closedAt;
  return consultation.closesAt;
}
