/**
 * Saving a synthesis makes a new version (n + 1); versions are never
 * changed afterwards, so nothing anyone wrote is ever overwritten. The save
 * names the newest version its page showed: if someone saved another since,
 * it is refused as a conflict and the person keeps what they typed.
 *
 * Each version has its own data key (synthesis-body.server.ts), its picked
 * quotes (only answers offered as candidates: quotable to drafters now,
 * redacted, of this theme or principle), and one audit event in the same
 * transaction — counts and numbers, never text.
 */
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";
import { candidateQuotes } from "./get-synthesis-editor.server";
import { sealSynthesisBody, type SynthesisSections } from "./synthesis-body.server";
import type { SynthesisScope } from "./synthesis-scope.server";
import type { Prisma } from "~/generated/prisma/client";

export type SaveSynthesisResult =
  | { kind: "saved"; version: number }
  | { kind: "conflict"; latestVersion: number }
  | { kind: "refused"; field: string; error: string };

/**
 * One writer at a time per synthesis (theme or principle of a consultation),
 * so two saves never both become version n + 1: a transaction-scoped lock
 * on the scope, released at commit.
 */
export async function lockSynthesisScope(tx: Prisma.TransactionClient, consultationId: string, scope: SynthesisScope) {
  const key = `theme-synthesis|${consultationId}|${scope.theme}|${scope.principle?.id ?? ""}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

export async function saveSynthesis(input: {
  consultationId: string;
  scope: SynthesisScope;
  /** The newest version the page showed (0: none). */
  baseVersion: number;
  sections: SynthesisSections;
  quoteIds: string[];
  actorId: string;
  organisationId: string | null;
}): Promise<SaveSynthesisResult> {
  const candidates = new Set((await candidateQuotes(input.consultationId, input.scope)).map((answer) => answer.answerId));
  if (input.quoteIds.some((id) => !candidates.has(id))) {
    // Consent narrowed, or the answer was withdrawn, since the page was shown.
    return { kind: "refused", field: "quotes", error: "workspace:synthesis.errors.quoteGone" };
  }
  const principleId = input.scope.principle?.id ?? null;
  return getDb().$transaction(async (tx): Promise<SaveSynthesisResult> => {
    await lockSynthesisScope(tx, input.consultationId, input.scope);
    const newest = await tx.themeSynthesis.findFirst({
      where: { consultationId: input.consultationId, theme: input.scope.theme, principleId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const latestVersion = newest?.version ?? 0;
    if (latestVersion !== input.baseVersion) return { kind: "conflict", latestVersion };
    const id = randomUUID();
    const version = latestVersion + 1;
    await tx.themeSynthesis.create({
      data: {
        id,
        consultationId: input.consultationId,
        theme: input.scope.theme,
        principleId,
        version,
        authorId: input.actorId,
        ...sealSynthesisBody(id, input.sections),
        quotes: { create: [...new Set(input.quoteIds)].map((answerId, position) => ({ answerId, position })) },
      },
    });
    await recordAuditEvent(tx, {
      actorKind: "staff",
      actorId: input.actorId,
      action: "synthesis.saved",
      subjectType: "themeSynthesis",
      subjectId: id,
      organisationId: input.organisationId,
      consultationId: input.consultationId,
      details: { theme: input.scope.theme, principleNumber: input.scope.principle?.number ?? null, version, quotes: new Set(input.quoteIds).size },
    });
    return { kind: "saved", version };
  });
}
