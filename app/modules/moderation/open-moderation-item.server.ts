/**
 * One contribution as its consultation's facilitators work on it: answers
 * with their questions and principles (in the facilitator's language),
 * consent, coding, history, safety flag and who else has it open.
 *
 * Opening it is a read of the input: one submission.read event, and the
 * soft lock is taken or renewed. A person over the bulk-read limit is shown
 * nothing (the caller answers 429).
 */
import type { QuoteConsent, Stance, SubmissionKind, SubmissionStatus, Theme } from "~/generated/prisma/enums";
import { flagBulkReads, isSlowedDown } from "~/modules/audit/bulk-reads.server";
import { recordReads } from "~/modules/audit/record-reads.server";
import { consentRecordChoices } from "~/modules/consent/consent-records.server";
import type { ConsentChoices } from "~/modules/consent/consent-choices";
import { pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { decryptForSubmission, moderationNoteContext } from "~/modules/submissions/submission-crypto.server";
import { openContributionKey, readAnswerTexts } from "./contribution-texts.server";
import { takeItemLock } from "./item-lock.server";
import { inQueue } from "./list-moderation-queue.server";
import { principleSelect, translatedPrinciples } from "./translated-principles";
import { isRejectReason, type RejectReason } from "./moderation-choices";

export type ItemAnswer = {
  id: string;
  prompt: string;
  questionTheme: Theme;
  principle: { id: string; number: number; title: string } | null;
  text: string | null;
  redactedText: string | null;
  unreadable: boolean;
  stance: Stance | null;
  quoteConsent: QuoteConsent;
  redactionReviewed: boolean;
  themes: Theme[];
  principleIds: string[];
  emergingThemeIds: string[];
  /** Nobody has coded it yet: the form starts from the question's theme and principle. */
  coded: boolean;
};

export type HistoryEntry = {
  at: Date;
  action: string;
  actor: string | null;
  reason: RejectReason | null;
  note: string | null;
};

export type ModerationItem = {
  id: string;
  status: SubmissionStatus;
  kind: SubmissionKind;
  language: string;
  version: number;
  receivedOn: Date | null;
  consent: ConsentChoices | null;
  consentBasis: "oral" | "written" | null;
  /** The participant has an account and chose (d): the inbox may be used. */
  contactable: boolean;
  answers: ItemAnswer[];
  principles: Array<{ id: string; number: number; title: string }>;
  emergingThemes: Array<{ id: string; name: string }>;
  history: HistoryEntry[];
  lockedBy: string | null;
  /** The contributions before and after this one in the queue's default order (oldest first), for moving through it. */
  previousId: string | null;
  nextId: string | null;
  safety: {
    flagged: boolean;
    resources: Array<{ name: string; description: string; contact: string }>;
    escalationNotes: Array<{ organisation: string; note: string }>;
  };
};

export type OpenItemResult = { kind: "item"; item: ModerationItem } | { kind: "slowedDown" };

export async function openModerationItem(input: {
  submissionId: string;
  consultationId: string;
  actorId: string;
  organisationIds: readonly string[];
  language: string;
}): Promise<OpenItemResult> {
  const db = getDb();
  if (await isSlowedDown(db, input.actorId)) return { kind: "slowedDown" };
  const row = await db.submission.findUniqueOrThrow({
    where: { id: input.submissionId },
    select: {
      id: true,
      status: true,
      kind: true,
      language: true,
      version: true,
      receivedOn: true,
      participantId: true,
      consentBasis: true,
      consentRecord: { select: consentRecordChoices },
      consultation: {
        select: {
          languages: true,
          draftVersion: { select: { principles: principleSelect } },
          emergingThemes: { orderBy: { name: "asc" }, select: { id: true, name: true } },
          supportResources: { orderBy: { position: "asc" }, select: { language: true, name: true, description: true, contact: true } },
        },
      },
      answers: {
        orderBy: { question: { position: "asc" } },
        select: {
          id: true,
          stance: true,
          quoteConsent: true,
          redactionReviewed: true,
          question: {
            select: {
              theme: true,
              principleId: true,
              translations: { select: { language: true, prompt: true } },
            },
          },
          themes: { select: { theme: true } },
          principles: { select: { principleId: true } },
          emergingThemes: { select: { emergingThemeId: true } },
        },
      },
      moderation: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, decision: true, reason: true, noteCipher: true, actorId: true } },
      safetyFlags: { where: { organisationId: { in: [...input.organisationIds] } }, select: { organisationId: true } },
    },
  });
  const languages = row.consultation.languages;
  const principles = translatedPrinciples(row.consultation.draftVersion?.principles ?? [], input.language, languages);
  const texts = (await readAnswerTexts([row.id])).get(row.id) ?? [];
  const answers: ItemAnswer[] = row.answers.map((answer) => {
    const text = texts.find((candidate) => candidate.answerId === answer.id);
    const principle = principles.find((candidate) => candidate.id === answer.question.principleId) ?? null;
    const coded = answer.themes.length > 0 || answer.principles.length > 0 || answer.emergingThemes.length > 0;
    return {
      id: answer.id,
      prompt: pickTranslation(answer.question.translations, input.language, languages)?.value.prompt ?? "",
      questionTheme: answer.question.theme,
      principle,
      text: text?.text ?? null,
      redactedText: text?.redactedText ?? null,
      unreadable: text?.unreadable ?? false,
      stance: answer.stance,
      quoteConsent: answer.quoteConsent,
      redactionReviewed: answer.redactionReviewed,
      themes: coded ? answer.themes.map((theme) => theme.theme) : [answer.question.theme],
      principleIds: coded ? answer.principles.map((code) => code.principleId) : answer.question.principleId ? [answer.question.principleId] : [],
      emergingThemeIds: answer.emergingThemes.map((code) => code.emergingThemeId),
      coded,
    };
  });

  // History: the decisions (with their reason and note, decrypted here) and the other recorded actions on the item.
  const events = await db.auditEvent.findMany({
    where: { subjectType: "submission", subjectId: row.id, actorKind: "staff", action: { notIn: ["submission.read", "submission.exported"] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, action: true, actorId: true, details: true },
  });
  const actorIds = [...new Set([...events.map((event) => event.actorId), ...row.moderation.map((action) => action.actorId)].filter((id) => id !== null))];
  const staff = await db.staffUser.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true, displayName: true } });
  const nameOf = (id: string | null) => {
    const person = staff.find((candidate) => candidate.id === id);
    return person ? person.displayName || person.username : null;
  };
  const dataKey = row.moderation.some((action) => action.noteCipher) ? await openContributionKey(row.id) : null;
  const decisions = row.moderation.map((action) => ({
    at: action.createdAt,
    action: `submission.${action.decision === "approve" ? "approved" : action.decision === "hold" ? "held" : "rejected"}`,
    actor: nameOf(action.actorId),
    reason: isRejectReason(action.reason) ? action.reason : null,
    note: action.noteCipher && dataKey ? decryptForSubmission(dataKey, action.noteCipher, moderationNoteContext(action.id, row.id)) : null,
  }));
  const decisionActions = new Set(["submission.approved", "submission.held", "submission.rejected"]);
  const history = [
    ...decisions,
    ...events
      .filter((event) => !decisionActions.has(event.action))
      .map((event) => ({ at: event.at, action: event.action, actor: nameOf(event.actorId), reason: null, note: null })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const flagged = row.safetyFlags.length > 0;
  const supportLanguage = pickTranslation(row.consultation.supportResources, input.language, languages)?.language;
  const escalation = flagged
    ? await db.organisation.findMany({ where: { id: { in: [...input.organisationIds] } }, orderBy: { name: "asc" }, select: { name: true, escalationNote: true } })
    : [];

  const lockedBy = row.status === "withdrawn" ? null : await takeItemLock(db, row.id, input.actorId);
  const [previousId, nextId] = await neighbours(input.consultationId, row.id, row.receivedOn);
  const showsText = answers.some((answer) => answer.text !== null);
  if (showsText) {
    await recordReads(db, {
      actorId: input.actorId,
      consultationId: input.consultationId,
      organisationId: input.organisationIds[0] ?? null,
      submissionIds: [row.id],
      kind: "submission.read",
    });
    await flagBulkReads(db, input.actorId, input.organisationIds);
  }

  return {
    kind: "item",
    item: {
      id: row.id,
      status: row.status,
      kind: row.kind,
      language: row.language,
      version: row.version,
      receivedOn: row.receivedOn,
      consent: row.consentRecord,
      consentBasis: row.consentBasis,
      contactable: Boolean(row.participantId && row.consentRecord?.inboxContact),
      answers,
      principles,
      emergingThemes: row.consultation.emergingThemes,
      history,
      lockedBy,
      previousId,
      nextId,
      safety: {
        flagged,
        resources: flagged ? row.consultation.supportResources.filter((resource) => resource.language === supportLanguage) : [],
        escalationNotes: escalation.filter((organisation) => organisation.escalationNote).map((organisation) => ({ organisation: organisation.name, note: organisation.escalationNote })),
      },
    },
  };
}

/** The neighbours in the queue's order (receivedOn, then id); withdrawn ones are skipped, having nothing to work on. */
async function neighbours(consultationId: string, id: string, receivedOn: Date | null): Promise<[string | null, string | null]> {
  if (!receivedOn) return [null, null];
  const db = getDb();
  const around = (direction: "lt" | "gt") =>
    db.submission.findFirst({
      where: {
        AND: [
          inQueue(consultationId),
          { status: { not: "withdrawn" } },
          { OR: [{ receivedOn: { [direction]: receivedOn } }, { receivedOn, id: { [direction]: id } }] },
        ],
      },
      orderBy: direction === "lt" ? [{ receivedOn: "desc" }, { id: "desc" }] : [{ receivedOn: "asc" }, { id: "asc" }],
      select: { id: true },
    });
  const [previous, next] = await Promise.all([around("lt"), around("gt")]);
  return [previous?.id ?? null, next?.id ?? null];
}
