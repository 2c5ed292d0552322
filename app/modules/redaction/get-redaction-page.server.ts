/**
 * The redaction page of one contribution: each text answer's original words,
 * its saved spans and the suggestions no span covers yet. Showing it is a
 * read of the contribution's text: one audit event.
 */
import { recordReads } from "~/modules/audit/record-reads.server";
import { pickTranslation } from "~/modules/consultations/translation";
import type { RedactionKind, SubmissionStatus } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { readAnswerTexts } from "~/modules/moderation/contribution-texts.server";
import { loadSuggestionContext } from "./suggestion-context.server";
import { openSuggestions, suggestRedactions, type SuggestionSource } from "./suggest-redactions";

export type SpanView = { start: number; end: number; kind: RedactionKind; words: string };
export type SuggestionView = SpanView & { source: SuggestionSource };
export type RedactionAnswerView = {
  answerId: string;
  question: string;
  text: string;
  spans: SpanView[];
  suggestions: SuggestionView[];
  reviewed: boolean;
};

export type RedactionPage =
  | { kind: "withdrawn" }
  | { kind: "ok"; version: number; status: SubmissionStatus; language: string; answers: RedactionAnswerView[]; unreadable: number };

const withWords = (text: string) => <T extends { start: number; end: number }>(span: T) => ({ ...span, words: text.slice(span.start, span.end) });

export async function getRedactionPage(input: {
  submissionId: string;
  consultationId: string;
  actorId: string;
  organisationId: string | null;
  viewerLanguage: string;
}): Promise<RedactionPage> {
  const db = getDb();
  const submission = await db.submission.findUniqueOrThrow({
    where: { id: input.submissionId },
    select: {
      status: true,
      version: true,
      language: true,
      consultation: { select: { languages: true } },
      answers: {
        where: { textCipher: { not: null } },
        orderBy: { question: { position: "asc" } },
        select: {
          id: true,
          redactionReviewed: true,
          redactions: { orderBy: { start: "asc" }, select: { start: true, end: true, kind: true } },
          question: { select: { translations: { select: { language: true, prompt: true } } } },
        },
      },
    },
  });
  // A withdrawn contribution has no text left to show or redact.
  if (submission.status === "withdrawn") return { kind: "withdrawn" };
  const texts = new Map((await readAnswerTexts([input.submissionId])).get(input.submissionId)?.map((answer) => [answer.answerId, answer]) ?? []);
  const context = await loadSuggestionContext(input.submissionId);
  const answers: RedactionAnswerView[] = [];
  let unreadable = 0;
  for (const answer of submission.answers) {
    const text = texts.get(answer.id)?.text;
    if (text == null) {
      unreadable++;
      continue;
    }
    const suggestions = openSuggestions(suggestRedactions(text, context), answer.redactions);
    answers.push({
      answerId: answer.id,
      question: pickTranslation(answer.question.translations, input.viewerLanguage, submission.consultation.languages)?.value.prompt ?? "",
      text,
      spans: answer.redactions.map(withWords(text)),
      suggestions: suggestions.map(withWords(text)),
      reviewed: answer.redactionReviewed,
    });
  }
  await recordReads(db, {
    actorId: input.actorId,
    consultationId: input.consultationId,
    organisationId: input.organisationId,
    submissionIds: [input.submissionId],
    kind: "submission.read",
    details: { page: "redaction" },
  });
  return { kind: "ok", version: submission.version, status: submission.status, language: submission.language, answers, unreadable };
}
