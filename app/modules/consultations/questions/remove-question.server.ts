import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type RemoveQuestionResult = { ok: true } | { ok: false; error: string };

/**
 * Removes a question nobody has answered. Answers hang off their question,
 * so removing an answered one would destroy people's input: that is
 * refused (withdrawal is the participant's decision, not an editor's).
 */
export async function removeQuestion(input: { consultationId: string; questionId: string; actorId: string }): Promise<RemoveQuestionResult> {
  return getDb().$transaction(async (tx) => {
    const answers = await tx.answer.count({ where: { questionId: input.questionId } });
    if (answers > 0) return { ok: false, error: "consultations:errors.questionAnswered" } as const;
    const removed = await tx.question.deleteMany({ where: { id: input.questionId, consultationId: input.consultationId } });
    if (removed.count === 0) return { ok: false, error: "consultations:errors.questionNotFound" } as const;
    const consultation = await tx.consultation.findUniqueOrThrow({ where: { id: input.consultationId }, select: leadOrganisationSelect });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "question.removed",
      subjectType: "question",
      subjectId: input.questionId,
      consultationId: input.consultationId,
      organisationId: consultation.hosts[0]?.organisationId ?? null,
    });
    return { ok: true } as const;
  });
}
