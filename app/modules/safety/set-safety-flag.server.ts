/**
 * A safety concern about one item, per organisation: raised or removed by a
 * facilitator of that organisation, seen only by its own facilitators
 * (never on drafters' pages or in exports). One audit event.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type SafetyFlagResult = { kind: "changed" } | { kind: "unchanged" } | { kind: "withdrawn" };

export async function setSafetyFlag(input: {
  submissionId: string;
  consultationId: string;
  organisationIds: readonly string[];
  actorId: string;
  flagged: boolean;
}): Promise<SafetyFlagResult> {
  return getDb().$transaction(async (tx): Promise<SafetyFlagResult> => {
    const submission = await tx.submission.findUniqueOrThrow({ where: { id: input.submissionId }, select: { status: true } });
    if (submission.status === "withdrawn") return { kind: "withdrawn" };
    let changed = 0;
    for (const organisationId of input.organisationIds) {
      if (input.flagged) {
        const created = await tx.safetyFlag.createMany({
          data: [{ submissionId: input.submissionId, organisationId, raisedById: input.actorId }],
          skipDuplicates: true,
        });
        changed += created.count;
      } else {
        changed += (await tx.safetyFlag.deleteMany({ where: { submissionId: input.submissionId, organisationId } })).count;
      }
    }
    if (changed === 0) return { kind: "unchanged" };
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: input.flagged ? "submission.safety-flagged" : "submission.safety-unflagged",
      subjectType: "submission",
      subjectId: input.submissionId,
      organisationId: input.organisationIds[0] ?? null,
      consultationId: input.consultationId,
    });
    return { kind: "changed" };
  });
}
