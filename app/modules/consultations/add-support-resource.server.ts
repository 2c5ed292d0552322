import { getDb } from "~/modules/db/db.server";

export type AddResourceResult = { ok: true } | { ok: false; field: "language"; error: string };

/**
 * A support or referral service for the consultation's region, in one
 * language. Shown to participants on every sensitive page, so only
 * organisations' public contacts belong here, never a person's own.
 */
export async function addSupportResource(input: {
  consultationId: string;
  language: string;
  name: string;
  description: string;
  contact: string;
}): Promise<AddResourceResult> {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({ where: { id: input.consultationId }, select: { languages: true } });
  if (!consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const last = await db.supportResource.aggregate({
    where: { consultationId: input.consultationId, language: input.language },
    _max: { position: true },
  });
  await db.supportResource.create({
    data: {
      consultationId: input.consultationId,
      language: input.language,
      name: input.name,
      description: input.description,
      contact: input.contact,
      position: (last._max.position ?? 0) + 1,
    },
  });
  return { ok: true };
}
