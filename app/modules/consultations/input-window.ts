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
