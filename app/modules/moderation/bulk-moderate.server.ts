/**
 * The queue's bulk actions over the ticked rows: approve them, or tag every
 * answer of them with a theme. Each item changed is its own transaction and
 * its own audit event, with the same version check as a save on the item's
 * page (a row someone changed since it was shown is skipped, not
 * overwritten). Bulk approval never skips the redaction review: an item
 * with a text answer whose redaction has not been reviewed is left for its
 * own page, and the result says how many were.
 */
import type { Theme } from "~/generated/prisma/enums";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { claimItemVersion } from "./claim-item-version.server";
import { inQueue } from "./list-moderation-queue.server";
import { unreviewedSuggestionsBySubmission } from "~/modules/redaction/unreviewed-suggestions.server";
import { moderateContribution } from "./moderate-contribution.server";

export type Selected = ReadonlyArray<{ submissionId: string; version: number }>;
export type BulkResult = { changed: number; skippedUnreviewed: number; skippedChanged: number };

type BulkInput = { consultationId: string; organisationId: string | null; actorId: string; selected: Selected };

/** Only rows of this consultation's queue count; anything else in the form is ignored. */
async function ownRows(consultationId: string, selected: Selected) {
  const rows = await getDb().submission.findMany({
    where: { AND: [inQueue(consultationId), { id: { in: selected.map((row) => row.submissionId) } }, { status: { not: "withdrawn" } }] },
    select: { id: true, status: true },
  });
  return selected.flatMap((row) => {
    const found = rows.find((candidate) => candidate.id === row.submissionId);
    return found ? [{ ...row, status: found.status }] : [];
  });
}

export async function approveSelected(input: BulkInput): Promise<BulkResult> {
  const result: BulkResult = { changed: 0, skippedUnreviewed: 0, skippedChanged: 0 };
  const rows = await ownRows(input.consultationId, input.selected);
  // One pass over the selection's texts, not one per item (the check decrypts and runs the suggestions).
  const unreviewed = await unreviewedSuggestionsBySubmission(rows.map((row) => row.submissionId));
  for (const row of rows) {
    if (row.status === "approved") continue;
    if (unreviewed.has(row.submissionId)) {
      result.skippedUnreviewed += 1;
      continue;
    }
    const done = await moderateContribution({
      submissionId: row.submissionId,
      consultationId: input.consultationId,
      organisationId: input.organisationId,
      actorId: input.actorId,
      version: row.version,
      // Checked just above, for the whole selection.
      decision: { decision: "approve", confirmUnreviewed: true },
    });
    if (done.kind === "done") result.changed += 1;
    else if (done.kind === "needsConfirmation") result.skippedUnreviewed += 1;
    else result.skippedChanged += 1;
  }
  return result;
}

export async function tagSelected(input: BulkInput & { theme: Theme }): Promise<BulkResult> {
  const result: BulkResult = { changed: 0, skippedUnreviewed: 0, skippedChanged: 0 };
  for (const row of await ownRows(input.consultationId, input.selected)) {
    const tagged = await getDb().$transaction(async (tx) => {
      const claim = await claimItemVersion(tx, row.submissionId, row.version);
      if (!claim.ok) return false;
      const answers = await tx.answer.findMany({
        where: { submissionId: row.submissionId },
        select: {
          id: true,
          question: { select: { theme: true, principleId: true } },
          _count: { select: { themes: true, principles: true, emergingThemes: true } },
        },
      });
      for (const answer of answers) {
        // An answer nobody has coded carries its question's theme and principle by default: keep them when tagging.
        const uncoded = answer._count.themes + answer._count.principles + answer._count.emergingThemes === 0;
        const themes = uncoded ? [...new Set([answer.question.theme, input.theme])] : [input.theme];
        await tx.answerTheme.createMany({ data: themes.map((theme) => ({ answerId: answer.id, theme })), skipDuplicates: true });
        if (uncoded && answer.question.principleId) {
          await tx.answerPrinciple.createMany({ data: [{ answerId: answer.id, principleId: answer.question.principleId }], skipDuplicates: true });
        }
      }
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "submission.tagged",
        subjectType: "submission",
        subjectId: row.submissionId,
        organisationId: input.organisationId,
        consultationId: input.consultationId,
        details: { theme: input.theme, bulk: true },
      });
      return true;
    });
    if (tagged) result.changed += 1;
    else result.skippedChanged += 1;
  }
  // After the commits: the summary counts follow the new themes (approval asks in moderateContribution).
  if (result.changed > 0) await requestSummaryRefresh();
  return result;
}
