/**
 * Saving (or changing) a participant's optional self-description for one of
 * their sent contributions. Nothing is stored without its own consent
 * ("count this in group totals, never shown on its own"); the document is
 * encrypted under the contribution's data key, so withdrawal makes it
 * unreadable with the answers. The database trigger on SelfDescription puts
 * the contribution in SummaryDirty in the same transaction; the refresh is
 * asked for after the commit, so group totals follow.
 */
import { dayOf } from "~/modules/consent/consent-records.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { participantEventLogger } from "~/modules/logging/logger.server";
import { encryptForSubmission, openSubmissionKey, selfDescriptionContext } from "~/modules/submissions/submission-crypto.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { normaliseDimensions, type SelfDescriptionValues } from "./dimensions";
import { sentStatuses } from "./own-sent-contribution.server";
import { answerProblem, consentField } from "./self-description-answers";

export type SaveSelfDescriptionResult =
  | { kind: "saved"; changed: boolean }
  | { kind: "refused"; field: string; error: string; errorValues?: Record<string, string> }
  /** Not a sent contribution of a consultation that asks for this (a draft, withdrawn, unknown). */
  | { kind: "notFound" };

export async function saveSelfDescription(input: {
  submissionId: string;
  values: SelfDescriptionValues;
  /** The form's own consent box, never pre-ticked. */
  consented: boolean;
  now?: Date;
}): Promise<SaveSelfDescriptionResult> {
  const db = getDb();
  const row = await db.submission.findUnique({
    where: { id: input.submissionId },
    select: {
      status: true,
      consultationId: true,
      key: { select: { wrappedKey: true } },
      consultation: { select: { selfDescriptionDimensions: true } },
    },
  });
  if (!row || !sentStatuses.includes(row.status) || !row.key) return { kind: "notFound" };
  const asked = normaliseDimensions(row.consultation.selfDescriptionDimensions);
  if (asked.length === 0) return { kind: "notFound" };
  const problem = answerProblem(input.values, asked);
  if (problem) return { kind: "refused", ...problem };
  if (!input.consented) return { kind: "refused", field: consentField, error: "selfdescription:errors.consentRequired" };

  const dataKey = openSubmissionKey(input.submissionId, row.key.wrappedKey, getMasterKeyRing());
  const valuesCipher = encryptForSubmission(dataKey, JSON.stringify(input.values), selfDescriptionContext(input.submissionId));
  const day = dayOf(input.now);
  const changed = await db.$transaction(async (tx) => {
    // Under the row lock: a withdrawal racing this save either ran first (nothing written) or waits for it and deletes the row.
    const [locked] = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT "status"::text AS "status" FROM "Submission" WHERE "id" = ${input.submissionId} FOR UPDATE`;
    if (!locked || !(sentStatuses as readonly string[]).includes(locked.status)) return null;
    const existing = await tx.selfDescription.findUnique({ where: { submissionId: input.submissionId }, select: { submissionId: true } });
    await tx.selfDescription.upsert({
      where: { submissionId: input.submissionId },
      create: { submissionId: input.submissionId, valuesCipher, consentedOn: day },
      update: { valuesCipher, changedOn: day },
    });
    return existing !== null;
  });
  if (changed === null) return { kind: "notFound" };
  // Ids only: never a dimension or value.
  participantEventLogger.info({ consultationId: row.consultationId }, changed ? "self-description changed" : "self-description saved");
  await requestSummaryRefresh();
  return { kind: "saved", changed };
}
