/**
 * The synthesis editor of one theme (or principle) of a consultation: the
 * newest version's sections and picked quotes to start from, the version
 * history with the one in force, and the candidate quotes — approved,
 * redacted answers of that theme or principle whose author's consent lets
 * drafters read them quoted (quotable-answers.server.ts), as redacted text.
 *
 * Showing candidates is a read of their contributions: one
 * "submission.read" event per contribution shown (never the text).
 */
import { recordReads } from "~/modules/audit/record-reads.server";
import { getDb } from "~/modules/db/db.server";
import { readQuotableAnswers } from "./quotable-answers.server";
import { emptySections, openSynthesisBody, type SynthesisSections } from "./synthesis-body.server";
import type { SynthesisScope } from "./synthesis-scope.server";

export type SynthesisVersion = { version: number; savedOn: string; author: string | null; quotes: number; publishedOn: string | null };
export type SynthesisCandidate = { answerId: string; text: string; language: string; month: string; kind: "online" | "in_person" };
export type SynthesisEditor = {
  /** The newest version (0: none yet): the one a save must be made on. */
  latestVersion: number;
  latestPublished: boolean;
  /** The version drafters read, if any. */
  inForce: number | null;
  sections: SynthesisSections;
  picked: string[];
  versions: SynthesisVersion[];
  candidates: SynthesisCandidate[];
};

export async function candidateQuotes(consultationId: string, scope: SynthesisScope) {
  const answers = await readQuotableAnswers({ consultationIds: [consultationId], audience: "drafters" });
  return answers.filter((answer) =>
    scope.principle ? answer.principles.some((principle) => principle.id === scope.principle!.id) : answer.themes.includes(scope.theme),
  );
}

export async function getSynthesisEditor(input: {
  consultationId: string;
  scope: SynthesisScope;
  actorId: string;
  organisationId: string | null;
}): Promise<SynthesisEditor> {
  const db = getDb();
  const rows = await db.themeSynthesis.findMany({
    where: { consultationId: input.consultationId, theme: input.scope.theme, principleId: input.scope.principle?.id ?? null },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      createdAt: true,
      publishedAt: true,
      bodyCipher: true,
      wrappedKey: true,
      author: { select: { displayName: true, username: true } },
      quotes: { orderBy: { position: "asc" }, select: { answerId: true } },
    },
  });
  const latest = rows[0];
  const inForce = rows
    .filter((row) => row.publishedAt)
    .reduce<(typeof rows)[number] | null>((best, row) => (!best || row.publishedAt! > best.publishedAt! ? row : best), null);
  const candidates = await candidateQuotes(input.consultationId, input.scope);
  await recordReads(db, {
    actorId: input.actorId,
    consultationId: input.consultationId,
    organisationId: input.organisationId,
    submissionIds: candidates.map((answer) => answer.submissionId),
    kind: "submission.read",
    details: { what: "redacted" },
  });
  return {
    latestVersion: latest?.version ?? 0,
    latestPublished: Boolean(latest?.publishedAt),
    inForce: inForce?.version ?? null,
    sections: latest ? openSynthesisBody(latest) : emptySections,
    picked: latest?.quotes.map((quote) => quote.answerId) ?? [],
    versions: rows.map((row) => ({
      version: row.version,
      savedOn: row.createdAt.toISOString().slice(0, 10),
      author: row.author ? (row.author.displayName || row.author.username) : null,
      quotes: row.quotes.length,
      publishedOn: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    })),
    candidates: candidates.map((answer) => ({ answerId: answer.answerId, text: answer.text, language: answer.language, month: answer.month, kind: answer.kind })),
  };
}
