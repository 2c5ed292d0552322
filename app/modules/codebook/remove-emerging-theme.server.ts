import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import type { EmergingThemeResult } from "./add-emerging-theme.server";

/** Removes an emerging theme and its tags on answers (the answers themselves stay). */
export async function removeEmergingTheme(input: {
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  themeId: string;
}): Promise<EmergingThemeResult> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.emergingTheme.deleteMany({ where: { id: input.themeId, consultationId: input.consultationId } });
    if (count === 0) return { ok: false, field: "themeId", error: "workspace:codebook.errors.unknownTheme" };
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "codebook.theme-removed",
      subjectType: "emergingTheme",
      subjectId: input.themeId,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
    });
    return { ok: true };
  });
}
