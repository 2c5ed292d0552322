import type { QuestionKind, Theme } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { optionLines } from "~/modules/consultations/consultation-forms";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type AddQuestionResult = { ok: true } | { ok: false; field: "principleNumber" | "language"; error: string };

/**
 * A question under one theme, optionally about one principle of the draft
 * version the consultation uses (a stance question always is). Its text is
 * given in one language; other languages are added as translations.
 */
export async function addQuestion(input: {
  consultationId: string;
  theme: Theme;
  kind: QuestionKind;
  principleNumber: number | null;
  language: string;
  prompt: string;
  help: string;
  options: string;
  actorId: string;
}): Promise<AddQuestionResult> {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: { languages: true, draftVersionId: true, ...leadOrganisationSelect },
  });
  if (!consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  let principleId: string | null = null;
  if (input.principleNumber !== null) {
    const principle = consultation.draftVersionId
      ? await db.draftPrinciple.findUnique({
          where: { versionId_number: { versionId: consultation.draftVersionId, number: input.principleNumber } },
          select: { id: true, theme: true },
        })
      : null;
    if (!principle) return { ok: false, field: "principleNumber", error: "consultations:errors.principleNotFound" };
    // A question about a principle sits under that principle's theme, so participants find them together.
    if (principle.theme !== input.theme) return { ok: false, field: "principleNumber", error: "consultations:errors.principleOtherTheme" };
    principleId = principle.id;
  }
  const isChoice = input.kind === "single_choice" || input.kind === "multiple_choice";
  const options = isChoice ? optionLines(input.options) : [];
  await db.$transaction(async (tx) => {
    const last = await tx.question.aggregate({ where: { consultationId: input.consultationId }, _max: { position: true } });
    const question = await tx.question.create({
      data: {
        consultationId: input.consultationId,
        theme: input.theme,
        kind: input.kind,
        principleId,
        position: (last._max.position ?? 0) + 1,
        translations: { create: { language: input.language, prompt: input.prompt, help: input.help } },
      },
      select: { id: true },
    });
    for (const [index, label] of options.entries()) {
      await tx.questionOption.create({
        data: { questionId: question.id, position: index + 1, translations: { create: { language: input.language, label } } },
      });
    }
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "question.added",
      subjectType: "question",
      subjectId: question.id,
      consultationId: input.consultationId,
      organisationId: consultation.hosts[0]?.organisationId ?? null,
      details: { theme: input.theme, kind: input.kind, language: input.language },
    });
  });
  return { ok: true };
}
