import { getDb } from "~/modules/db/db.server";
import { isDraftVersionFrozen } from "~/modules/consultations/drafts/draft-version-freeze.server";
import { sourceLanguageOf } from "~/modules/consultations/translation";

/**
 * One principle of a version of the consultation's draft document on its
 * own editing page: its texts in every language of the consultation (empty
 * where missing) with the source-language text beside each, whether the
 * version may still be edited, and the questions tied to it. The version
 * is the one in use unless another number of the same document is asked
 * for. Null when there is no such principle.
 */
export async function getPrincipleEditView(input: {
  consultationId: string;
  leadOrganisationId: string;
  number: number;
  versionNumber: number | null;
}) {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: {
      languages: true,
      draftVersion: { select: { id: true, documentId: true, document: { select: { organisationId: true } } } },
    },
  });
  const current = consultation.draftVersion;
  if (!current) return null;
  const version =
    input.versionNumber === null
      ? { id: current.id, number: null as number | null }
      : await db.draftVersion.findUnique({
          where: { documentId_number: { documentId: current.documentId, number: input.versionNumber } },
          select: { id: true, number: true },
        });
  if (!version) return null;
  const principle = await db.draftPrinciple.findUnique({
    where: { versionId_number: { versionId: version.id, number: input.number } },
    select: {
      number: true,
      theme: true,
      describesViolence: true,
      translations: { select: { language: true, title: true, body: true } },
      version: { select: { number: true } },
      _count: { select: { questions: true } },
    },
  });
  if (!principle) return null;
  const frozen = await isDraftVersionFrozen(version.id);
  const ownedByLead = current.document.organisationId === input.leadOrganisationId;
  const languages = consultation.languages;
  return {
    versionId: version.id,
    versionNumber: principle.version.number,
    isCurrentVersion: version.id === current.id,
    editable: ownedByLead && !frozen,
    frozen,
    number: principle.number,
    theme: principle.theme,
    describesViolence: principle.describesViolence,
    linkedQuestions: principle._count.questions,
    languages,
    sourceLanguage: sourceLanguageOf(principle.translations, languages),
    texts: languages.map((language) => {
      const text = principle.translations.find((translation) => translation.language === language);
      return { language, exists: text !== undefined, title: text?.title ?? "", body: text?.body ?? "" };
    }),
  };
}
