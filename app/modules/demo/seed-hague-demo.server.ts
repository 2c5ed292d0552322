/**
 * Seeds the second demo consultation (The Hague, content in English, Persian,
 * Dari and Pashto: issue 14) with its two fictional hosts, draft principles,
 * questions, consent text and support resources. Separate from the Bogotá
 * seed so that a database seeded before it existed gets it on the next start,
 * and the Bogotá seed's guarantees (its rows, its staff logins) stay as they
 * were. No staff accounts of its own: the demo's staff are the Bogotá hosts'.
 *
 * Idempotent and atomic like seedDemo: one transaction under its own
 * advisory lock, nothing written when the slug exists.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import {
  hagueConsentText,
  hagueConsultation,
  hagueDraftDocument,
  hagueLanguages,
  hagueOrganisations,
  haguePrinciples,
  hagueQuestions,
  hagueSupportResources,
} from "./hague-demo-content";

const dayInMs = 24 * 60 * 60 * 1000;

/** Open at seeding time and for a year after, whatever the clock says. */
function hagueDates(now: Date): { opensAt: Date; closesAt: Date } {
  const opensAt = hagueConsultation.opensAt.getTime() <= now.getTime() ? hagueConsultation.opensAt : new Date(now.getTime() - dayInMs);
  const earliestClose = now.getTime() + 365 * dayInMs;
  const closesAt = hagueConsultation.closesAt.getTime() >= earliestClose ? hagueConsultation.closesAt : new Date(earliestClose);
  return { opensAt, closesAt };
}

/** Creates the Hague demo once; returns its id, or null when it already exists (then nothing was written). */
export async function seedHagueDemo(db: PrismaClient, options: { now?: Date } = {}): Promise<{ consultationId: string } | null> {
  const found = await db.consultation.findUnique({ where: { slug: hagueConsultation.slug }, select: { id: true } });
  if (found) return null;
  const now = options.now ?? new Date();
  const { opensAt, closesAt } = hagueDates(now);
  const organisationIds = hagueOrganisations.map(() => randomUUID());
  const consultationId = randomUUID();
  const versionId = randomUUID();
  const principleIds = new Map(haguePrinciples.map((principle) => [principle.number, randomUUID()]));
  const questions = hagueQuestions.map((question, index) => ({ ...question, id: randomUUID(), position: index + 1 }));

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('convene:demo-seed-hague'))`;
      if (await tx.consultation.findUnique({ where: { slug: hagueConsultation.slug }, select: { id: true } })) return null;

      await tx.organisation.createMany({
        data: hagueOrganisations.map((organisation, index) => ({
          id: organisationIds[index]!,
          slug: organisation.slug,
          name: organisation.name,
          description: organisation.description,
          region: organisation.region,
          supportContact: organisation.supportContact,
        })),
      });
      await tx.draftDocument.create({
        data: {
          slug: hagueDraftDocument.slug,
          title: hagueDraftDocument.title,
          organisationId: organisationIds[0]!,
          versions: { create: { id: versionId, number: hagueDraftDocument.versionNumber } },
        },
      });
      await tx.draftPrinciple.createMany({
        data: haguePrinciples.map((principle) => ({
          id: principleIds.get(principle.number)!,
          versionId,
          number: principle.number,
          theme: principle.theme,
          describesViolence: principle.describesViolence,
        })),
      });
      await tx.draftPrincipleTranslation.createMany({
        data: haguePrinciples.flatMap((principle) =>
          hagueLanguages.map((language) => ({
            principleId: principleIds.get(principle.number)!,
            language,
            title: principle.text[language].title,
            body: principle.text[language].body,
          })),
        ),
      });
      await tx.consultation.create({
        data: {
          id: consultationId,
          slug: hagueConsultation.slug,
          regionCity: hagueConsultation.regionCity,
          regionCountry: hagueConsultation.regionCountry,
          timeZone: hagueConsultation.timeZone,
          languages: [...hagueConsultation.languages],
          opensAt,
          closesAt,
          status: "open",
          draftVersionId: versionId,
          translations: { createMany: { data: hagueLanguages.map((language) => ({ language, ...hagueConsultation.text[language] })) } },
          hosts: {
            createMany: {
              data: hagueOrganisations.map((organisation, index) => ({
                organisationId: organisationIds[index]!,
                role: organisation.hostRole,
                invitation: "accepted" as const,
                respondedAt: now,
              })),
            },
          },
          supportResources: {
            createMany: {
              data: hagueLanguages.flatMap((language) =>
                hagueSupportResources[language].map((resource, index) => ({ language, position: index + 1, ...resource })),
              ),
            },
          },
          consentTexts: {
            createMany: {
              data: hagueLanguages.map((language) => ({ version: hagueConsentText.version, language, body: hagueConsentText.body[language] })),
            },
          },
        },
      });
      await tx.question.createMany({
        data: questions.map((question) => ({
          id: question.id,
          consultationId,
          theme: question.theme,
          kind: question.kind,
          principleId: question.principleNumber === undefined ? null : principleIds.get(question.principleNumber)!,
          position: question.position,
        })),
      });
      await tx.questionTranslation.createMany({
        data: questions.flatMap((question) =>
          hagueLanguages.map((language) => ({ questionId: question.id, language, prompt: question.prompt[language], help: question.help[language] })),
        ),
      });
      await recordAuditEvent(tx, {
        actorKind: "system",
        action: "demo.seeded",
        subjectType: "consultation",
        subjectId: consultationId,
        consultationId,
        organisationId: organisationIds[0]!,
        details: { organisations: hagueOrganisations.length, staffAccounts: 0, principles: haguePrinciples.length, questions: questions.length },
      });
      return { consultationId };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}
