import { getDb } from "~/modules/db/db.server";
import { isDraftVersionFrozen } from "~/modules/consultations/drafts/draft-version-freeze.server";
import { listUsableDraftDocuments } from "~/modules/consultations/drafts/list-usable-draft-documents.server";
import { themes } from "~/modules/consultations/themes";
import { missingLanguages } from "~/modules/consultations/translation";
import { principleWithTextsSelect } from "~/modules/consultations/selects";

/**
 * What the draft editor shows for one consultation: the version it uses,
 * the document's other versions, the principles of the version being
 * looked at (the consultation's own unless another number is asked for)
 * with their texts per language and which translations are missing, and
 * whether that version may still be edited.
 */
export async function getDraftEditorView(input: { consultationId: string; leadOrganisationId: string; versionNumber: number | null }) {
  const db = getDb();
  const consultation = await db.consultation.findUniqueOrThrow({
    where: { id: input.consultationId },
    select: {
      languages: true,
      status: true,
      draftVersion: {
        select: {
          id: true,
          number: true,
          document: {
            select: {
              id: true,
              slug: true,
              title: true,
              organisationId: true,
              versions: { orderBy: { number: "asc" }, select: { id: true, number: true, _count: { select: { principles: true } } } },
            },
          },
        },
      },
    },
  });
  const current = consultation.draftVersion;
  if (!current) {
    return { languages: consultation.languages, status: consultation.status, document: null, usableDocuments: await listUsableDraftDocuments(input.leadOrganisationId) } as const;
  }
  const versions = current.document.versions;
  const selected = versions.find((version) => version.number === input.versionNumber) ?? versions.find((version) => version.id === current.id)!;
  const ownedByLead = current.document.organisationId === input.leadOrganisationId;
  const frozen = await isDraftVersionFrozen(selected.id);
  const principles = await db.draftPrinciple.findMany({
    where: { versionId: selected.id },
    orderBy: { number: "asc" },
    select: principleWithTextsSelect,
  });
  const wanted = consultation.languages;
  return {
    languages: wanted,
    status: consultation.status,
    document: {
      slug: current.document.slug,
      title: current.document.title,
      ownedByLead,
      currentVersion: { id: current.id, number: current.number },
      versions: versions.map((version) => ({
        id: version.id,
        number: version.number,
        principles: version._count.principles,
        isCurrent: version.id === current.id,
      })),
      selected: { id: selected.id, number: selected.number, frozen, editable: ownedByLead && !frozen },
      principlesByTheme: themes.map((theme) => ({
        theme,
        principles: principles
          .filter((principle) => principle.theme === theme)
          .map((principle) => ({
            number: principle.number,
            theme: principle.theme,
            describesViolence: principle.describesViolence,
            translations: wanted
              .map((language) => principle.translations.find((translation) => translation.language === language))
              .filter((translation) => translation !== undefined),
            missing: missingLanguages(principle.translations, wanted),
          })),
      })),
      principleCount: principles.length,
    },
    usableDocuments: await listUsableDraftDocuments(input.leadOrganisationId),
  } as const;
}
