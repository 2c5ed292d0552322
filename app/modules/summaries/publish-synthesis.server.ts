/**
 * Publishing makes one version of a synthesis the one drafters (and, for
 * quotes consented to (c), the public outcome page) read: the version
 * published most recently is in force, so publishing an older version again
 * brings it back. One audit event in the same transaction.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { lockSynthesisScope } from "./save-synthesis.server";
import type { SynthesisScope } from "./synthesis-scope.server";

export type PublishSynthesisResult = { kind: "published"; version: number } | { kind: "notFound" };

export async function publishSynthesis(input: {
  consultationId: string;
  scope: SynthesisScope;
  version: number;
  actorId: string;
  organisationId: string | null;
  now?: Date;
}): Promise<PublishSynthesisResult> {
  return getDb().$transaction(async (tx): Promise<PublishSynthesisResult> => {
    await lockSynthesisScope(tx, input.consultationId, input.scope);
    const row = await tx.themeSynthesis.findFirst({
      where: { consultationId: input.consultationId, theme: input.scope.theme, principleId: input.scope.principle?.id ?? null, version: input.version },
      select: { id: true },
    });
    if (!row) return { kind: "notFound" };
    await tx.themeSynthesis.update({ where: { id: row.id }, data: { publishedAt: input.now ?? new Date() } });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "synthesis.published",
      subjectType: "themeSynthesis",
      subjectId: row.id,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
      details: { theme: input.scope.theme, principleNumber: input.scope.principle?.number ?? null, version: input.version },
    });
    return { kind: "published", version: input.version };
  });
}
