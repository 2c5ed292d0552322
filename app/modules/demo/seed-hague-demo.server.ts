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
  type HagueLanguage,
} from "./hague-demo-content";
import { newDemoIds, writeDemoConsultation, type DemoConsultationContent } from "./write-demo-consultation.server";

const hagueContent: DemoConsultationContent<HagueLanguage> = {
  languages: hagueLanguages,
  organisations: hagueOrganisations,
  consultation: hagueConsultation,
  draftDocument: hagueDraftDocument,
  principles: haguePrinciples,
  questions: hagueQuestions,
  consentText: hagueConsentText,
  supportResources: hagueSupportResources,
};

/** Creates the Hague demo once; returns its id, or null when it already exists (then nothing was written). */
export async function seedHagueDemo(db: PrismaClient, options: { now?: Date } = {}): Promise<{ consultationId: string } | null> {
  const found = await db.consultation.findUnique({ where: { slug: hagueConsultation.slug }, select: { id: true } });
  if (found) return null;
  const now = options.now ?? new Date();
  const ids = newDemoIds(hagueContent);

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('convene:demo-seed-hague'))`;
      if (await tx.consultation.findUnique({ where: { slug: hagueConsultation.slug }, select: { id: true } })) return null;
      const written = await writeDemoConsultation(tx, hagueContent, ids, now);
      await recordAuditEvent(tx, {
        actorKind: "system",
        action: "demo.seeded",
        subjectType: "consultation",
        subjectId: ids.consultationId,
        consultationId: ids.consultationId,
        organisationId: ids.organisationIds[0]!,
        details: { organisations: hagueOrganisations.length, staffAccounts: 0, principles: haguePrinciples.length, questions: written.questions },
      });
      return { consultationId: ids.consultationId };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}
