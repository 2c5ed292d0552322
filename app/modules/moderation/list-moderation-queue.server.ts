/**
 * The moderation queue of one consultation: every sent contribution, online
 * and in person (no drafts, no merged duplicates; a withdrawn one stays as a
 * tombstone without text), oldest first, 50 a page, with counts per status
 * and filters.
 *
 * The text search runs over the facilitator's own decrypted view: the
 * contributions matching the other filters are decrypted here, in the
 * application, and matched in memory — the database never holds plaintext,
 * and the search term is neither stored nor logged. Matching is not a read;
 * showing an excerpt is: every row shown with an excerpt of its text is one
 * submission.read event.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { SubmissionKind, SubmissionStatus } from "~/generated/prisma/enums";
import { flagBulkReads, isSlowedDown } from "~/modules/audit/bulk-reads.server";
import { recordReads } from "~/modules/audit/record-reads.server";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { readAnswerTexts } from "./contribution-texts.server";
import { principleSelect, translatedPrinciples } from "./translated-principles";
import { type QueueFilters } from "./moderation-forms";
import { queuePageSize, queueStatuses, type QueueStatus } from "./moderation-choices";

export type QueueRow = {
  id: string;
  /** A short reference people can say to each other ("3f2a9c1b"). */
  reference: string;
  status: SubmissionStatus;
  kind: SubmissionKind;
  language: string;
  /** What a bulk action on this row claims (see claim-item-version.server.ts). */
  version: number;
  receivedOn: Date | null;
  excerpt: string | null;
  flagged: boolean;
};

export type Queue = {
  rows: QueueRow[];
  counts: Record<QueueStatus, number>;
  total: number;
  matching: number;
  page: number;
  pages: number;
  languages: string[];
  questions: Array<{ id: string; prompt: string }>;
  principles: Array<{ id: string; number: number; title: string }>;
};

export type QueueResult = { kind: "queue"; queue: Queue } | { kind: "slowedDown" };

const excerptLength = 160;
/** How many contributions are decrypted at once while searching. */
const searchChunk = 100;

export const shortReference = (id: string) => id.slice(0, 8);

/** The queue's rows: sent, not merged into another. Shared with the bulk actions. */
export const inQueue = (consultationId: string): Prisma.SubmissionWhereInput => ({
  consultationId,
  status: { not: "draft" },
  duplicateOfId: null,
});

function whereFor(consultationId: string, filters: QueueFilters, organisationIds: readonly string[]): Prisma.SubmissionWhereInput {
  const and: Prisma.SubmissionWhereInput[] = [inQueue(consultationId)];
  if (filters.status) and.push({ status: filters.status });
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.language) and.push({ language: filters.language });
  if (filters.question) and.push({ answers: { some: { questionId: filters.question } } });
  // Coded themes and principles, or — for an answer nobody has coded yet — its question's.
  if (filters.theme) {
    const theme = filters.theme;
    and.push({
      answers: { some: { OR: [{ themes: { some: { theme } } }, { themes: { none: {} }, principles: { none: {} }, question: { theme } }] } },
    });
  }
  if (filters.principle) {
    const principleId = filters.principle;
    and.push({
      answers: {
        some: { OR: [{ principles: { some: { principleId } } }, { themes: { none: {} }, principles: { none: {} }, question: { principleId } }] },
      },
    });
  }
  if (filters.safety === "flagged") and.push({ safetyFlags: { some: { organisationId: { in: [...organisationIds] } } } });
  return { AND: and };
}

type QueueGroup = { status: SubmissionStatus; language: string; _count: { _all: number } };

/** How many match, from the per-status-and-language counts, when no other filter narrows the queue; else null. */
function countedFromGroups(filters: QueueFilters, groups: readonly QueueGroup[]): number | null {
  if (filters.kind || filters.question || filters.theme || filters.principle || filters.safety) return null;
  return groups
    .filter((group) => (!filters.status || group.status === filters.status) && (!filters.language || group.language === filters.language))
    .reduce((sum, group) => sum + group._count._all, 0);
}

const orderBy: Prisma.SubmissionOrderByWithRelationInput[] = [{ receivedOn: "asc" }, { id: "asc" }];

function excerptOf(texts: ReadonlyArray<{ text: string | null }> | undefined): string | null {
  const first = texts?.find((answer) => answer.text)?.text;
  if (!first) return null;
  const flat = first.replace(/\s+/g, " ").trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat;
}

async function idsMatchingSearch(ids: readonly string[], search: string, language: string): Promise<string[]> {
  const needle = search.toLocaleLowerCase(language);
  const matching: string[] = [];
  for (let start = 0; start < ids.length; start += searchChunk) {
    const chunk = ids.slice(start, start + searchChunk);
    const texts = await readAnswerTexts(chunk);
    for (const id of chunk) {
      if ((texts.get(id) ?? []).some((answer) => answer.text?.toLocaleLowerCase(language).includes(needle))) matching.push(id);
    }
  }
  return matching;
}

export async function listModerationQueue(input: {
  consultationId: string;
  actorId: string;
  organisationIds: readonly string[];
  filters: QueueFilters;
  language: string;
}): Promise<QueueResult> {
  const db = getDb();
  const where = whereFor(input.consultationId, input.filters, input.organisationIds);
  const requestedPage = input.filters.page ?? 1;
  const idsOfPage = async (page: number) =>
    (await db.submission.findMany({ where, orderBy, skip: (page - 1) * queuePageSize, take: queuePageSize, select: { id: true } })).map((row) => row.id);

  // One pass over the queue's index gives the counts per status, the languages and — unless a filter
  // needs the answers or the flags — how many match: at 100k contributions each separate count was a
  // sequential scan of its own (docs/decisions.md, Benchmark). Read at the same time as the
  // requested page's ids (read from the queue's ordered index) and the slow-down check: nothing
  // of it is shown before that check has passed.
  const [slowedDown, grouped, requestedIds] = await Promise.all([
    isSlowedDown(db, input.actorId),
    db.submission.groupBy({ by: ["status", "language"], where: inQueue(input.consultationId), _count: { _all: true } }),
    input.filters.q ? Promise.resolve([]) : idsOfPage(requestedPage),
  ]);
  if (slowedDown) return { kind: "slowedDown" };

  let pageIds: string[];
  let matching: number;
  if (input.filters.q) {
    const candidates = await db.submission.findMany({ where: { AND: [where, { status: { not: "withdrawn" } }] }, orderBy, select: { id: true } });
    const found = await idsMatchingSearch(
      candidates.map((row) => row.id),
      input.filters.q,
      input.language,
    );
    matching = found.length;
    const page = Math.min(requestedPage, Math.max(1, Math.ceil(matching / queuePageSize)));
    pageIds = found.slice((page - 1) * queuePageSize, page * queuePageSize);
  } else {
    matching = countedFromGroups(input.filters, grouped) ?? (await db.submission.count({ where }));
    const page = Math.min(requestedPage, Math.max(1, Math.ceil(matching / queuePageSize)));
    pageIds = page === requestedPage ? requestedIds : await idsOfPage(page);
  }
  const pages = Math.max(1, Math.ceil(matching / queuePageSize));
  const page = Math.min(requestedPage, pages);

  const [rows, texts, consultation] = await Promise.all([
    db.submission.findMany({
      where: { id: { in: pageIds } },
      select: {
        id: true,
        status: true,
        kind: true,
        language: true,
        version: true,
        receivedOn: true,
        safetyFlags: { where: { organisationId: { in: [...input.organisationIds] } }, select: { id: true } },
      },
    }),
    readAnswerTexts(pageIds),
    db.consultation.findUniqueOrThrow({
      where: { id: input.consultationId },
      select: {
        languages: true,
        questions: { orderBy: { position: "asc" }, select: { id: true, translations: { select: { language: true, prompt: true } } } },
        draftVersion: { select: { principles: principleSelect } },
      },
    }),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const queueRows: QueueRow[] = pageIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id,
        reference: shortReference(id),
        status: row.status,
        kind: row.kind,
        language: row.language,
        version: row.version,
        receivedOn: row.receivedOn,
        excerpt: excerptOf(texts.get(id)),
        flagged: row.safetyFlags.length > 0,
      },
    ];
  });
  const shown = queueRows.filter((row) => row.excerpt !== null).map((row) => row.id);
  if (shown.length > 0) {
    await recordReads(db, {
      actorId: input.actorId,
      consultationId: input.consultationId,
      organisationId: input.organisationIds[0] ?? null,
      submissionIds: shown,
      kind: "submission.read",
      details: { from: "queue" },
    });
    await flagBulkReads(db, input.actorId, input.organisationIds);
  }
  const counts = Object.fromEntries(queueStatuses.map((status) => [status, 0])) as Record<QueueStatus, number>;
  for (const group of grouped) if (group.status in counts) counts[group.status as QueueStatus] += group._count._all;
  const languages = grouped.filter((group) => group._count._all > 0);
  return {
    kind: "queue",
    queue: {
      rows: queueRows,
      counts,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
      matching,
      page,
      pages,
      languages: [...new Set([...consultation.languages, ...languages.map((row) => row.language)])],
      questions: consultation.questions.map((question) => ({
        id: question.id,
        prompt: pickTranslation(question.translations, input.language, consultation.languages)?.value.prompt ?? "",
      })),
      principles: translatedPrinciples(consultation.draftVersion?.principles ?? [], input.language, consultation.languages),
    },
  };
}
