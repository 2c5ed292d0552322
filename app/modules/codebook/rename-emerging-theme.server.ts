import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { isNameTaken, nameTaken, type EmergingThemeResult } from "./add-emerging-theme.server";

const unknownTheme: EmergingThemeResult = { ok: false, field: "themeId", error: "workspace:codebook.errors.unknownTheme" };

/** A new name or description for one of the consultation's emerging themes; the answers tagged with it keep it. */
export async function renameEmergingTheme(input: {
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  themeId: string;
  name: string;
  description: string;
}): Promise<EmergingThemeResult> {
  try {
    return await getDb().$transaction(async (tx) => {
      const { count } = await tx.emergingTheme.updateMany({
        where: { id: input.themeId, consultationId: input.consultationId },
        data: { name: input.name, description: input.description },
      });
      if (count === 0) return unknownTheme;
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "codebook.theme-renamed",
        subjectType: "emergingTheme",
        subjectId: input.themeId,
        organisationId: input.organisationId,
        consultationId: input.consultationId,
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (isNameTaken(error)) return nameTaken;
    throw error;
  }
}
