/**
 * What drafters, exports and the public outcome page read of the
 * facilitators' syntheses (the lead's read-side API, /work/tasks/api.md):
 *
 * - per consultation × theme (× principle), the version published most
 *   recently is the one in force (publishing an older version again brings
 *   it back: docs/decisions.md, "Synthesis versions");
 * - its Markdown rendered by markdown-it without HTML (synthesis-markdown);
 * - its picked quotes re-checked against the author's consent of NOW and
 *   read as redacted text only, so a narrowed consent or a withdrawal
 *   takes a quote out of every page at once; never a pseudonym, a receipt
 *   or a date finer than the month.
 */
import type { Stance, Theme } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { readQuotableAnswers, type QuotableAnswer } from "./quotable-answers.server";
import { openSynthesisBody, type SynthesisSections } from "./synthesis-body.server";
import { renderSections } from "./synthesis-markdown.server";

export type { SynthesisSections };

export type PublishedSynthesis = {
  consultationId: string;
  theme: Theme;
  principleNumber: number | null;
  version: number;
  /** YYYY-MM-DD */
  publishedOn: string;
  markdown: SynthesisSections;
  /** markdown-it, html: false: safe to insert. */
  html: SynthesisSections;
};

export type SummaryQuote = {
  answerId: string;
  consultationId: string;
  theme: Theme;
  principleNumbers: number[];
  /** Redacted text. */
  text: string;
  language: string;
  kind: "online" | "in_person";
  /** YYYY-MM */
  month: string;
};

type Filter = { consultationIds: string[]; theme?: Theme; principleNumber?: number };

export type InForce = { id: string; consultationId: string; theme: Theme; principleNumber: number | null; version: number; publishedAt: Date };

/**
 * The version in force of every synthesis the filter selects: a theme's own
 * (principleNumber null) and its principles'; `principleNumber` keeps only
 * that principle's.
 */
export async function synthesesInForce(filter: Filter): Promise<InForce[]> {
  if (filter.consultationIds.length === 0) return [];
  const rows = await getDb().themeSynthesis.findMany({
    where: {
      consultationId: { in: filter.consultationIds },
      publishedAt: { not: null },
      ...(filter.theme ? { theme: filter.theme } : {}),
      ...(filter.principleNumber !== undefined ? { principle: { number: filter.principleNumber } } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { version: "desc" }],
    select: { id: true, consultationId: true, theme: true, principleId: true, version: true, publishedAt: true, principle: { select: { number: true } } },
  });
  const seen = new Set<string>();
  const inForce: InForce[] = [];
  for (const row of rows) {
    const scope = `${row.consultationId}|${row.theme}|${row.principleId ?? ""}`;
    if (seen.has(scope)) continue;
    seen.add(scope);
    inForce.push({
      id: row.id,
      consultationId: row.consultationId,
      theme: row.theme,
      principleNumber: row.principle?.number ?? null,
      version: row.version,
      publishedAt: row.publishedAt!,
    });
  }
  // A stable order: by consultation as asked, then theme's own before its principles, by number.
  const consultationOrder = new Map(filter.consultationIds.map((id, index) => [id, index]));
  return inForce.sort(
    (a, b) =>
      (consultationOrder.get(a.consultationId) ?? 0) - (consultationOrder.get(b.consultationId) ?? 0) ||
      themeRank(a.theme) - themeRank(b.theme) ||
      (a.principleNumber ?? 0) - (b.principleNumber ?? 0),
  );
}

const themeRanks: Record<Theme, number> = { prevention: 0, protection: 1, participation: 2, recovery: 3 };
const themeRank = (theme: Theme) => themeRanks[theme];

export async function listPublishedSyntheses(input: Filter): Promise<PublishedSynthesis[]> {
  const inForce = await synthesesInForce(input);
  if (inForce.length === 0) return [];
  const bodies = await getDb().themeSynthesis.findMany({
    where: { id: { in: inForce.map((row) => row.id) } },
    select: { id: true, bodyCipher: true, wrappedKey: true },
  });
  const byId = new Map(bodies.map((row) => [row.id, row]));
  return inForce.map((row) => {
    const markdown = openSynthesisBody(byId.get(row.id)!);
    return {
      consultationId: row.consultationId,
      theme: row.theme,
      principleNumber: row.principleNumber,
      version: row.version,
      publishedOn: row.publishedAt.toISOString().slice(0, 10),
      markdown,
      html: renderSections(markdown),
    };
  });
}

function toQuote(answer: QuotableAnswer, theme: Theme): SummaryQuote {
  return {
    answerId: answer.answerId,
    consultationId: answer.consultationId,
    theme,
    principleNumbers: answer.principles.map((principle) => principle.number),
    text: answer.text,
    language: answer.language,
    kind: answer.kind,
    month: answer.month,
  };
}

/**
 * Quotes picked in published syntheses whose author's consent (now) reaches
 * the audience, redacted text only, in the syntheses' order and their picked
 * order; each answer once per theme. Callers drop quotes whose cell is not
 * shown (isCellShown).
 */
export async function listPublishedQuotes(input: Filter & { audience: "drafters" | "public" }): Promise<SummaryQuote[]> {
  // A principle's quotes include those picked for its theme that concern it.
  const inForce = await synthesesInForce({ consultationIds: input.consultationIds, theme: input.theme });
  if (inForce.length === 0) return [];
  const picked = await getDb().synthesisQuote.findMany({
    where: { synthesisId: { in: inForce.map((row) => row.id) } },
    orderBy: [{ position: "asc" }, { answerId: "asc" }],
    select: { synthesisId: true, answerId: true },
  });
  const answers = await readQuotableAnswers({
    consultationIds: [...new Set(inForce.map((row) => row.consultationId))],
    audience: input.audience,
    onlyIds: [...new Set(picked.map((quote) => quote.answerId))],
  });
  const byId = new Map(answers.map((answer) => [answer.answerId, answer]));
  const quotes: SummaryQuote[] = [];
  const seen = new Set<string>();
  for (const synthesis of inForce) {
    for (const quote of picked.filter((row) => row.synthesisId === synthesis.id)) {
      const answer = byId.get(quote.answerId);
      if (!answer || answer.consultationId !== synthesis.consultationId) continue;
      const numbers = answer.principles.map((principle) => principle.number);
      if (input.principleNumber !== undefined && synthesis.principleNumber !== input.principleNumber && !numbers.includes(input.principleNumber)) {
        continue;
      }
      const key = `${answer.answerId}|${synthesis.theme}`;
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push(toQuote(answer, synthesis.theme));
    }
  }
  return quotes;
}

/**
 * Whose contribution each quoted answer is, for a lens view's filter
 * (show-principle-across-regions): server-side only, never sent to a page.
 */
export async function quoteSubmissions(answerIds: readonly string[]): Promise<Map<string, string>> {
  if (answerIds.length === 0) return new Map();
  const rows = await getDb().answer.findMany({ where: { id: { in: [...answerIds] } }, select: { id: true, submissionId: true } });
  return new Map(rows.map((row) => [row.id, row.submissionId]));
}

/**
 * Every approved, redacted answer whose consent reaches the audience (for
 * the CSV export), same shape. An answer coded with two themes appears once
 * under each, as it is counted in each.
 */
export async function listQuotableAnswers(
  input: Filter & { audience: "drafters" | "public" },
): Promise<Array<SummaryQuote & { stance: Stance | null }>> {
  const answers = await readQuotableAnswers({ consultationIds: input.consultationIds, audience: input.audience });
  return answers.flatMap((answer) => {
    if (input.principleNumber !== undefined && !answer.principles.some((principle) => principle.number === input.principleNumber)) return [];
    return answer.themes
      .filter((theme) => !input.theme || theme === input.theme)
      .map((theme) => ({ ...toQuote(answer, theme), stance: answer.stance }));
  });
}
