/**
 * Merging exact duplicates: contributions to one consultation from the same
 * person (same participant, or the same consent record) whose answers are
 * identical — the same text, stance and choices for the same questions.
 * The oldest is kept; each other one is marked duplicateOfId and loses what
 * withdrawal destroys (answers with their redactions and codes, theme tags,
 * moderation notes, messages, safety flags, lock and the data key), so its
 * words exist once. Its status stays; it leaves the queue and every count.
 * One audit event per contribution merged.
 */
import { isDeepStrictEqual } from "node:util";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { readAnswerTexts } from "./contribution-texts.server";
import { inQueue } from "./list-moderation-queue.server";

export async function mergeExactDuplicates(input: { consultationId: string; organisationId: string | null; actorId: string }): Promise<{ merged: number }> {
  const db = getDb();
  const rows = await db.submission.findMany({
    where: { AND: [inQueue(input.consultationId), { status: { not: "withdrawn" } }, { OR: [{ participantId: { not: null } }, { consentRecordId: { not: null } }] }] },
    orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      participantId: true,
      consentRecordId: true,
      answers: { orderBy: { questionId: "asc" }, select: { questionId: true, stance: true, optionIds: true } },
    },
  });
  // Groups of the same person: a participant, or (without an account) one consent record.
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const owner = row.participantId ? `p:${row.participantId}` : `c:${row.consentRecordId}`;
    groups.set(owner, [...(groups.get(owner) ?? []), row]);
  }
  const candidates = [...groups.values()].filter((group) => group.length > 1);
  const texts = await readAnswerTexts(candidates.flat().map((row) => row.id));
  const contentOf = (row: (typeof rows)[number]) =>
    row.answers.map((answer) => ({
      questionId: answer.questionId,
      stance: answer.stance,
      options: [...answer.optionIds].sort(),
      text: texts.get(row.id)?.find((text) => text.questionId === answer.questionId)?.text ?? null,
    }));
  let merged = 0;
  for (const group of candidates) {
    const kept: Array<{ id: string; content: ReturnType<typeof contentOf> }> = [];
    for (const row of group) {
      const content = contentOf(row);
      // Unreadable text is never "identical": nothing is destroyed on a guess.
      const unreadable = texts.get(row.id)?.some((text) => text.unreadable) ?? false;
      const original = unreadable || content.length === 0 ? undefined : kept.find((earlier) => isDeepStrictEqual(earlier.content, content));
      if (!original) {
        kept.push({ id: row.id, content });
        continue;
      }
      await db.$transaction(async (tx) => {
        await tx.answer.deleteMany({ where: { submissionId: row.id } });
        await tx.themeTag.deleteMany({ where: { submissionId: row.id } });
        await tx.moderationAction.deleteMany({ where: { submissionId: row.id } });
        await tx.message.deleteMany({ where: { submissionId: row.id } });
        await tx.safetyFlag.deleteMany({ where: { submissionId: row.id } });
        await tx.itemLock.deleteMany({ where: { submissionId: row.id } });
        // The trigger on SubmissionKey records the pending purge, as for a withdrawal.
        await tx.submissionKey.deleteMany({ where: { submissionId: row.id } });
        await tx.submission.update({ where: { id: row.id }, data: { duplicateOfId: original.id, version: { increment: 1 } } });
        await recordAuditEvent(tx, {
          actorKind: "staff",
          actorId: input.actorId,
          action: "submission.merged-duplicate",
          subjectType: "submission",
          subjectId: row.id,
          organisationId: input.organisationId,
          consultationId: input.consultationId,
          details: { keptId: original.id },
        });
      });
      merged += 1;
    }
  }
  // After the commits: a merged duplicate leaves every count.
  if (merged > 0) await requestSummaryRefresh();
  return { merged };
}
