/**
 * Sent contributions for tests, end-to-end checks and benchmarks: written
 * through the same encryption as real input (writeSentContribution: a data
 * key per contribution, each answer's text bound to its row), straight into
 * the tables — the participant flow that normally writes them has its own tests.
 *
 * Never called by `npm start`: the demo has no fake survivor input.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "~/generated/prisma/client";
import type { QuoteConsent, SubmissionStatus } from "~/generated/prisma/enums";
import type { ConsentChoices } from "~/modules/consent/consent-choices";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { writeSentContribution } from "~/modules/submissions/write-sent-contribution.server";

export type SampleContribution = {
  language: string;
  /** Free-text answers by question position (the consultation's free-text questions, in order); null leaves that question unanswered. */
  texts: readonly (string | null)[];
  status?: SubmissionStatus;
  participantId?: string | null;
  choices?: Partial<ConsentChoices>;
  quoteConsent?: QuoteConsent;
};

const defaultChoices: ConsentChoices = { useInSummaries: true, draftersMayQuote: true, publicQuotes: false, inboxContact: false };

/** Writes the contributions to the consultation; returns their ids in order. */
export async function seedSampleContributions(
  db: PrismaClient,
  consultationId: string,
  contributions: readonly SampleContribution[],
): Promise<string[]> {
  const ring = getMasterKeyRing();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      draftVersionId: true,
      questions: { where: { kind: "free_text" }, orderBy: { position: "asc" }, select: { id: true, principleId: true } },
      consentTexts: { orderBy: { version: "desc" }, select: { id: true, language: true } },
    },
  });
  const ids: string[] = [];
  for (const contribution of contributions) {
    const consentText =
      consultation.consentTexts.find((text) => text.language === contribution.language) ?? consultation.consentTexts[0];
    if (!consentText) throw new Error("The consultation has no consent text to record consent against");
    const answers = contribution.texts.flatMap((text, index) => {
      const question = consultation.questions[index];
      if (!question) throw new Error(`The consultation has no free-text question number ${index + 1}`);
      if (text === null) return [];
      return [{ questionId: question.id, principleId: question.principleId, text, quoteConsent: contribution.quoteConsent ?? "drafters" }];
    });
    const id = await db.$transaction((tx) =>
      writeSentContribution(tx, ring, {
        consultationId,
        draftVersionId: consultation.draftVersionId,
        participantId: contribution.participantId ?? null,
        consentTextId: consentText.id,
        choices: { ...defaultChoices, ...contribution.choices },
        language: contribution.language,
        status: contribution.status ?? "received",
        idempotencyKey: `sample:${randomUUID()}`,
        answers,
      }),
    );
    ids.push(id);
  }
  return ids;
}
