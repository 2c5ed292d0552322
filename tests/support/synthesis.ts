/**
 * A consultation ready for syntheses: a draft with principle 1
 * (protection) and principle 2 (recovery), a free-text question of each
 * principle, and approved contributions whose redacted text is stored as a
 * facilitator's approval stores it.
 */
import { getDb } from "~/modules/db/db.server";
import { seedSampleContributions, type SampleContribution } from "~/modules/demo/seed-sample-contributions.server";
import { openContributionKey } from "~/modules/moderation/contribution-texts.server";
import { storeRedactedTexts } from "~/modules/redaction/store-redacted-text.server";

export async function prepareSynthesisConsultation(consultationId: string, suffix = "") {
  const db = getDb();
  const document = await db.draftDocument.create({ data: { slug: `synthesis-draft${suffix}-${consultationId.slice(0, 8)}`, title: "Draft principles" } });
  const version = await db.draftVersion.create({ data: { documentId: document.id, number: 1 } });
  const principles = [];
  for (const [number, theme, title] of [
    [1, "protection", "Protection from reprisals"],
    [2, "recovery", "Reparation and recovery"],
  ] as const) {
    principles.push(
      await db.draftPrinciple.create({
        data: { versionId: version.id, number, theme, translations: { create: { language: "en", title } } },
        select: { id: true, number: true },
      }),
    );
  }
  await db.consultation.update({ where: { id: consultationId }, data: { draftVersionId: version.id } });
  const existing = await db.question.count({ where: { consultationId } });
  for (const [index, principle] of principles.entries()) {
    await db.question.create({
      data: {
        consultationId,
        theme: index === 0 ? "protection" : "recovery",
        principleId: principle.id,
        kind: "free_text",
        position: existing + index + 1,
        translations: { create: { language: "en", prompt: index === 0 ? "What would protect people?" : "What would help recovery?" } },
      },
    });
  }
  const consentTexts = await db.consentText.count({ where: { consultationId } });
  if (consentTexts === 0) {
    await db.consentText.create({ data: { consultationId, version: 1, language: "en", body: "What this is: a test consent text." } });
  }
  return { principles };
}

/** Approved contributions with their redacted text stored (no spans: the redacted text is the text). */
export async function seedApprovedRedacted(consultationId: string, contributions: SampleContribution[]): Promise<string[]> {
  const db = getDb();
  const ids = await seedSampleContributions(
    db,
    consultationId,
    contributions.map((contribution) => ({ status: "approved", ...contribution })),
  );
  for (const id of ids) {
    const dataKey = (await openContributionKey(id))!;
    await db.$transaction((tx) => storeRedactedTexts(tx, id, dataKey));
  }
  return ids;
}
