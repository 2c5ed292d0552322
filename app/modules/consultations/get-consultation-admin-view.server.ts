import { getDb } from "~/modules/db/db.server";
import { normaliseDimensions } from "~/modules/self-description/dimensions";
import { consultationSettingsSelect } from "~/modules/consultations/selects";
import { languageReadiness } from "~/modules/consultations/readiness";
import { statusTransitions } from "~/modules/consultations/consultation-status";
import { missingLanguages, pickTranslation, sourceLanguageOf } from "~/modules/consultations/translation";
import { formatDateTime, toFormValues } from "~/modules/consultations/zoned-time";

/**
 * Everything the lead organisation's admins see on a consultation's
 * settings pages: status and where it may go next, settings as the form
 * shows them (dates in the consultation's own time zone), texts and
 * support resources per language with what is missing, hosts, and the draft.
 */
export async function getConsultationAdminView(consultationId: string, language: string) {
  const row = await getDb().consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      id: true,
      slug: true,
      status: true,
      ...consultationSettingsSelect,
      translations: { select: { language: true, title: true, description: true, whatHappens: true } },
      supportResources: {
        orderBy: [{ language: "asc" }, { position: "asc" }],
        select: { id: true, language: true, name: true, description: true, contact: true },
      },
      hosts: {
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, invitation: true, organisation: { select: { id: true, name: true, slug: true } } },
      },
      draftVersion: {
        select: {
          number: true,
          document: { select: { title: true, slug: true } },
          principles: { orderBy: { number: "asc" }, select: { number: true, translations: { select: { language: true, title: true } } } },
        },
      },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          translations: { select: { language: true, prompt: true } },
          options: { select: { translations: { select: { language: true, label: true } } } },
        },
      },
    },
  });
  const opens = toFormValues(row.opensAt, row.timeZone, "opens");
  const closes = toFormValues(row.closesAt, row.timeZone, "closes");
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    nextStatuses: statusTransitions[row.status],
    title: pickTranslation(row.translations, language, row.languages)?.value.title ?? row.slug,
    languages: row.languages,
    timeZone: row.timeZone,
    opensAtText: formatDateTime(row.opensAt, language, row.timeZone),
    closesAtText: formatDateTime(row.closesAt, language, row.timeZone),
    settings: {
      regionCity: row.regionCity,
      regionCountry: row.regionCountry,
      timeZone: row.timeZone,
      languages: row.languages.join(", "),
      opensOn: opens.day,
      opensAtTime: opens.time,
      closesOn: closes.day,
      closesAtTime: closes.time,
      exitUrl: row.exitUrl,
      disclosureThreshold: String(row.disclosureThreshold),
    },
    selfDescriptionDimensions: normaliseDimensions(row.selfDescriptionDimensions),
    texts: row.languages.map((code) => {
      const text = row.translations.find((translation) => translation.language === code);
      return { language: code, title: text?.title ?? "", description: text?.description ?? "", whatHappens: text?.whatHappens ?? "", missing: !text };
    }),
    missingTexts: missingLanguages(row.translations, row.languages),
    textSourceLanguage: sourceLanguageOf(row.translations, row.languages),
    supportResources: row.supportResources,
    missingSupport: row.languages.filter((code) => !row.supportResources.some((resource) => resource.language === code)),
    hosts: row.hosts.map((host) => ({
      organisationId: host.organisation.id,
      name: host.organisation.name,
      slug: host.organisation.slug,
      role: host.role,
      invitation: host.invitation,
    })),
    draft: row.draftVersion
      ? {
          documentTitle: row.draftVersion.document.title,
          documentSlug: row.draftVersion.document.slug,
          version: row.draftVersion.number,
          principles: row.draftVersion.principles.length,
        }
      : null,
    questionCount: row.questions.length,
    readiness: languageReadiness({
      languages: row.languages,
      texts: row.translations,
      principles: row.draftVersion?.principles ?? [],
      questions: row.questions,
    }),
  };
}
