import { Prisma } from "~/generated/prisma/client";
import { recordAuditEvent } from "~/modules/audit/record-audit-event.server";
import { getDb } from "~/modules/db/db.server";

export type CreateConsultationInput = {
  leadOrganisationId: string;
  slug: string;
  title: string;
  description: string;
  regionCity: string;
  regionCountry: string;
  timeZone: string;
  languages: string[];
  opensAt: Date;
  closesAt: Date;
  actorId: string;
};

export type CreateConsultationResult = { ok: true; slug: string } | { ok: false; field: "slug"; error: string };

/**
 * A new consultation in draft, led by one organisation (its hosting row is
 * accepted from the start). Its title and description are in the first
 * language offered; other languages are added afterwards.
 */
export async function createConsultation(input: CreateConsultationInput): Promise<CreateConsultationResult> {
  const db = getDb();
  const taken = await db.consultation.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) return { ok: false, field: "slug", error: "consultations:errors.slugTaken" };
  const mainLanguage = input.languages[0] ?? "en";
  try {
    await db.$transaction(async (tx) => {
      const consultation = await tx.consultation.create({
        data: {
          slug: input.slug,
          regionCity: input.regionCity,
          regionCountry: input.regionCountry,
          timeZone: input.timeZone,
          languages: input.languages,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          status: "draft",
          translations: { create: { language: mainLanguage, title: input.title, description: input.description } },
          hosts: {
            create: { organisationId: input.leadOrganisationId, role: "lead", invitation: "accepted", respondedAt: new Date() },
          },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorKind: "staff",
        actorId: input.actorId,
        action: "consultation.created",
        subjectType: "consultation",
        subjectId: consultation.id,
        consultationId: consultation.id,
        organisationId: input.leadOrganisationId,
        details: { slug: input.slug },
      });
    });
  } catch (error) {
    // Two admins racing for one address: the unique index decides, the loser is told plainly.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "slug", error: "consultations:errors.slugTaken" };
    }
    throw error;
  }
  return { ok: true, slug: input.slug };
}
