/**
 * Step 2, once per speaker: one speaker's consent and answers become one
 * contribution of kind "in_person", status "received", moderated in the same
 * queue as online input. Nobody is named: no participant, no name field; the
 * consent basis is recorded, and the facilitator's reference to it (a form
 * number, who witnessed oral consent) is encrypted under the contribution's
 * data key like its words. The choices follow the same rule as online input
 * (consentProblem): (a) is required, (c) needs (b), and (d) needs an account,
 * which a speaker entered here never has.
 */
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import type { ConsentBasis } from "~/generated/prisma/enums";
import { quoteCeiling, type ConsentChoices } from "~/modules/consent/consent-choices";
import { consentProblem } from "~/modules/consent/consent-form";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { getDb } from "~/modules/db/db.server";
import { requestSummaryRefresh } from "~/modules/summaries/rollups/summary-jobs.server";
import { idempotencyDigest } from "~/modules/submissions/contribution-secrets.server";
import { writeSentContribution } from "~/modules/submissions/write-sent-contribution.server";
import { answerFieldName } from "./answer-field";

export type RecordSpeakerResult =
  | { kind: "saved"; submissionId: string }
  /** This very form was saved before (a double click, a resent page): nothing written twice. */
  | { kind: "alreadySaved" }
  | { kind: "sessionNotFound" }
  | { kind: "refused"; field: string; error: string };

/** The participant-worded rule's keys, as a facilitator recording someone else's choices reads them. */
const choiceProblemKeys: Record<string, string> = {
  "participation:consent.errors.inboxNotOffered": "workspace:inPerson.errors.noInbox",
  "participation:consent.errors.publicNeedsDrafters": "workspace:inPerson.errors.publicNeedsDrafters",
  "participation:consent.errors.summariesNeeded": "workspace:inPerson.errors.summariesNeeded",
};

export async function recordInPersonSpeaker(input: {
  consultationId: string;
  sessionId: string;
  actorId: string;
  /** The actor's facilitating organisations here: the session must be one of theirs. */
  organisationIds: readonly string[];
  formKey: string;
  consentBasis: ConsentBasis;
  consentReference: string;
  choices: ConsentChoices;
  /** Answer text by question id, empty ones already left out. */
  answers: ReadonlyMap<string, string>;
  now?: Date;
}): Promise<RecordSpeakerResult> {
  const db = getDb();
  const session = await db.inPersonSession.findFirst({
    where: { id: input.sessionId, consultationId: input.consultationId, organisationId: { in: [...input.organisationIds] } },
    select: { id: true, organisationId: true, language: true },
  });
  if (!session) return { kind: "sessionNotFound" };
  const idempotencyKey = idempotencyDigest("in-person", input.formKey);
  if (await db.submission.findUnique({ where: { idempotencyKey }, select: { id: true } })) return { kind: "alreadySaved" };

  const problem = consentProblem(input.choices, "submit", { hasAccount: false });
  if (problem) return { kind: "refused", field: "consent", error: choiceProblemKeys[problem] ?? "workspace:inPerson.errors.summariesNeeded" };

  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: {
      draftVersionId: true,
      questions: { where: { kind: "free_text" }, select: { id: true, principleId: true } },
      consentTexts: { where: { language: session.language }, orderBy: { version: "desc" }, select: { id: true }, take: 1 },
    },
  });
  const consentText = consultation.consentTexts[0];
  if (!consentText) return { kind: "refused", field: "form", error: "workspace:inPerson.errors.noConsentText" };
  // Each answer may travel as far as the speaker's choices allow, no further.
  const quoteConsent = quoteCeiling(input.choices) ?? "count_only";
  const answers = consultation.questions
    .filter((question) => input.answers.has(question.id))
    .map((question) => ({ questionId: question.id, principleId: question.principleId, text: input.answers.get(question.id)!, quoteConsent }));
  if (answers.length === 0) {
    const first = consultation.questions[0];
    return { kind: "refused", field: first ? answerFieldName(first.id) : "form", error: "workspace:inPerson.errors.noAnswers" };
  }
  const ring = getMasterKeyRing();
  try {
    const submissionId = await db.$transaction(async (tx) => {
      const id = await writeSentContribution(tx, ring, {
        consultationId: input.consultationId,
        draftVersionId: consultation.draftVersionId,
        participantId: null,
        consentTextId: consentText.id,
        choices: input.choices,
        language: session.language,
        status: "received",
        idempotencyKey,
        answers,
        kind: "in_person",
        inPerson: { sessionId: session.id, consentBasis: input.consentBasis, consentReference: input.consentReference },
        now: input.now,
      });
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "submission.entered-in-person",
        subjectType: "submission",
        subjectId: id,
        organisationId: session.organisationId,
        consultationId: input.consultationId,
        details: { answers: answers.length, consentBasis: input.consentBasis },
      });
      return id;
    });
    // After the commit (it counts once approved; asking now keeps the rule "every write asks").
    await requestSummaryRefresh();
    return { kind: "saved", submissionId };
  } catch (error) {
    // Two copies of the same form raced: the other one saved the speaker.
    if ((error as { code?: string }).code === "P2002") return { kind: "alreadySaved" };
    throw error;
  }
}
