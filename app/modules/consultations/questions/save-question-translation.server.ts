import type { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { optionLines } from "~/modules/consultations/consultation-forms";
import { isQuestionWordingFrozenInTransaction } from "~/modules/consultations/questions/question-wording-freeze.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";

export type SaveQuestionTranslationResult = { ok: true } | { ok: false; field: "form" | "language" | "options"; error: string };

/**
 * A question's text (and its options' labels, one per line in the same
 * order) in one language. Once the consultation has input, a text that
 * exists is not reworded (issue 10, bug 3); a missing language may still be
 * added.
 */
export async function saveQuestionTranslation(input: {
  consultationId: string;
  questionId: string;
  language: string;
  prompt: string;
  help: string;
  options: string;
  actorId: string;
}): Promise<SaveQuestionTranslationResult> {
  return getDb().$transaction((tx) => saveQuestionTranslationInTransaction(tx, { ...input, actor: { actorKind: "staff", actorId: input.actorId } }));
}

/** The same inside a caller's transaction (import-content saves a whole file in one). */
export async function saveQuestionTranslationInTransaction(
  tx: Prisma.TransactionClient,
  input: { consultationId: string; questionId: string; language: string; prompt: string; help: string; options: string; actor: AuditActor },
): Promise<SaveQuestionTranslationResult> {
  const question = await tx.question.findFirst({
    where: { id: input.questionId, consultationId: input.consultationId },
    select: {
      consultation: { select: { languages: true, ...leadOrganisationSelect } },
      options: { orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  if (!question) return { ok: false, field: "form", error: "consultations:errors.questionNotFound" };
  if (!question.consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const labels = optionLines(input.options);
  if (question.options.length > 0 && labels.length !== question.options.length) {
    return { ok: false, field: "options", error: "consultations:errors.optionsCount" };
  }
  const existing = await tx.questionTranslation.findUnique({
    where: { questionId_language: { questionId: input.questionId, language: input.language } },
    select: { id: true },
  });
  if (existing && (await isQuestionWordingFrozenInTransaction(tx, input))) {
    return { ok: false, field: "form", error: "consultations:errors.questionFrozen" } as const;
  }
  const text = { prompt: input.prompt, help: input.help };
  await tx.questionTranslation.upsert({
    where: { questionId_language: { questionId: input.questionId, language: input.language } },
    create: { questionId: input.questionId, language: input.language, ...text },
    update: text,
  });
  for (const [index, option] of question.options.entries()) {
    const label = labels[index] ?? "";
    await tx.questionOptionTranslation.upsert({
      where: { optionId_language: { optionId: option.id, language: input.language } },
      create: { optionId: option.id, language: input.language, label },
      update: { label },
    });
  }
  await recordAuditEvent(tx, {
    ...input.actor,
    action: "question.text-saved",
    subjectType: "question",
    subjectId: input.questionId,
    consultationId: input.consultationId,
    organisationId: question.consultation.hosts[0]?.organisationId ?? null,
    details: { language: input.language },
  });
  return { ok: true } as const;
}
