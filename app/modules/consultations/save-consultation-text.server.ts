import { getDb } from "~/modules/db/db.server";

export type SaveTextResult = { ok: true } | { ok: false; field: "language"; error: string };

/** Title, description and "what happens to your words" in one of the consultation's languages. */
export async function saveConsultationText(input: {
  consultationId: string;
  language: string;
  title: string;
  description: string;
  whatHappens: string;
}): Promise<SaveTextResult> {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({ where: { id: input.consultationId }, select: { languages: true } });
  if (!consultation.languages.includes(input.language)) {
    return { ok: false, field: "language", error: "consultations:errors.languageInvalid" };
  }
  const text = { title: input.title, description: input.description, whatHappens: input.whatHappens };
  await db.consultationTranslation.upsert({
    where: { consultationId_language: { consultationId: input.consultationId, language: input.language } },
    create: { consultationId: input.consultationId, language: input.language, ...text },
    update: text,
  });
  return { ok: true };
}
