import type { ConsultationStatus } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { statusChangeNeedsConfirmation, statusTransitions } from "~/modules/consultations/consultation-status";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type ChangeStatusResult = { ok: true } | { ok: false; error: string };

const auditActions = {
  open: "consultation.opened",
  reopen: "consultation.reopened",
  closed: "consultation.closed",
  archived: "consultation.archived",
} as const;

/**
 * Moves a consultation along draft → open → closed → archived (or reopens
 * it), and logs who did it. Opening needs what a participant must see
 * first: a title in the main language, the draft principles, and a closing
 * date still ahead.
 */
export async function changeConsultationStatus(input: {
  consultationId: string;
  to: ConsultationStatus;
  actorId: string;
  /** The person saw the confirmation page and confirmed: needed to open a draft or to archive. */
  confirmed?: boolean;
  now?: Date;
}): Promise<ChangeStatusResult> {
  const now = input.now ?? new Date();
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: {
      status: true,
      languages: true,
      closesAt: true,
      translations: { select: { language: true } },
      ...leadOrganisationSelect,
      draftVersion: { select: { _count: { select: { principles: true } } } },
    },
  });
  const from = consultation.status;
  if (!statusTransitions[from].includes(input.to)) return { ok: false, error: "consultations:errors.statusInvalid" };
  if (statusChangeNeedsConfirmation(from, input.to) && !input.confirmed) return { ok: false, error: "consultations:errors.statusNeedsConfirmation" };
  if (input.to === "open") {
    const mainLanguage = consultation.languages[0];
    if (!consultation.translations.some((translation) => translation.language === mainLanguage)) {
      return { ok: false, error: "consultations:errors.openNeedsTitle" };
    }
    if (!consultation.draftVersion || consultation.draftVersion._count.principles === 0) {
      return { ok: false, error: "consultations:errors.openNeedsPrinciples" };
    }
    if (consultation.closesAt.getTime() <= now.getTime()) return { ok: false, error: "consultations:errors.openAfterClosing" };
  }
  return db.$transaction(async (tx) => {
    // Only from the status we checked: two admins pressing at once change it once.
    const changed = await tx.consultation.updateMany({
      where: { id: input.consultationId, status: from },
      // The day it really closed is kept for "closed on …"; reopening forgets it.
      data: {
        status: input.to,
        ...(input.to === "closed" ? { closedAt: now } : {}),
        ...(input.to === "open" ? { closedAt: null } : {}),
      },
    });
    if (changed.count === 0) return { ok: false, error: "consultations:errors.statusInvalid" };
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: input.to === "open" ? (from === "closed" ? auditActions.reopen : auditActions.open) : auditActions[input.to === "closed" ? "closed" : "archived"],
      subjectType: "consultation",
      subjectId: input.consultationId,
      consultationId: input.consultationId,
      organisationId: consultation.hosts[0]?.organisationId ?? null,
      details: { from, to: input.to },
    });
    return { ok: true } as const;
  });
}
