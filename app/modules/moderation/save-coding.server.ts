/**
 * Coding one contribution: per answer, its themes, draft principles and
 * emerging themes, replacing what was there. Ids that are not this item's
 * answers, this consultation's principles or its codebook are ignored. A
 * save on a stale version stores nothing. One audit event (counts only).
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { claimItemVersion } from "./claim-item-version.server";
import type { AnswerCoding } from "./moderation-forms";

export type SaveCodingResult = { kind: "saved" } | { kind: "conflict" } | { kind: "withdrawn" };

export async function saveCoding(input: {
  submissionId: string;
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  version: number;
  coding: ReadonlyMap<string, AnswerCoding>;
}): Promise<SaveCodingResult> {
  const result = await getDb().$transaction(async (tx): Promise<SaveCodingResult> => {
    const claim = await claimItemVersion(tx, input.submissionId, input.version);
    if (!claim.ok) return { kind: claim.reason };
    const [answers, consultation] = await Promise.all([
      tx.answer.findMany({ where: { submissionId: input.submissionId }, select: { id: true } }),
      tx.consultation.findUniqueOrThrow({
        where: { id: input.consultationId },
        select: { draftVersion: { select: { principles: { select: { id: true } } } }, emergingThemes: { select: { id: true } } },
      }),
    ]);
    const principleIds = new Set((consultation.draftVersion?.principles ?? []).map((principle) => principle.id));
    const emergingIds = new Set(consultation.emergingThemes.map((theme) => theme.id));
    let codes = 0;
    for (const answer of answers) {
      const coding = input.coding.get(answer.id);
      if (!coding) continue;
      await tx.answerTheme.deleteMany({ where: { answerId: answer.id } });
      await tx.answerPrinciple.deleteMany({ where: { answerId: answer.id } });
      await tx.answerEmergingTheme.deleteMany({ where: { answerId: answer.id } });
      const themes = [...new Set(coding.themes)];
      const principles = [...new Set(coding.principleIds)].filter((id) => principleIds.has(id));
      const emerging = [...new Set(coding.emergingThemeIds)].filter((id) => emergingIds.has(id));
      if (themes.length) await tx.answerTheme.createMany({ data: themes.map((theme) => ({ answerId: answer.id, theme })) });
      if (principles.length) await tx.answerPrinciple.createMany({ data: principles.map((principleId) => ({ answerId: answer.id, principleId })) });
      if (emerging.length) await tx.answerEmergingTheme.createMany({ data: emerging.map((emergingThemeId) => ({ answerId: answer.id, emergingThemeId })) });
      codes += themes.length + principles.length + emerging.length;
    }
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "submission.coded",
      subjectType: "submission",
      subjectId: input.submissionId,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
      details: { answers: answers.length, codes },
    });
    return { kind: "saved" };
  });
  // After the commit: the summary counts follow the new coding.
  if (result.kind === "saved") await requestSummaryRefresh();
  return result;
}
