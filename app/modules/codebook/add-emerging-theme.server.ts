import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type EmergingThemeResult = { ok: true } | { ok: false; field: string; error: string };

export const nameTaken: EmergingThemeResult = { ok: false, field: "name", error: "workspace:codebook.errors.nameTaken" };

/** Postgres's unique violation on (consultationId, name): the name is taken in this consultation. */
export function isNameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** A new emerging theme in the consultation's codebook; names are unique per consultation. */
export async function addEmergingTheme(input: {
  consultationId: string;
  organisationId: string | null;
  actorId: string;
  name: string;
  description: string;
}): Promise<EmergingThemeResult> {
  try {
    await getDb().$transaction(async (tx) => {
      const theme = await tx.emergingTheme.create({
        data: { consultationId: input.consultationId, name: input.name, description: input.description },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "codebook.theme-added",
        subjectType: "emergingTheme",
        subjectId: theme.id,
        organisationId: input.organisationId,
        consultationId: input.consultationId,
      });
    });
  } catch (error) {
    if (isNameTaken(error)) return nameTaken;
    throw error;
  }
  return { ok: true };
}
