import type { Theme } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { regionLabel } from "~/modules/consultations/hosting/hosting-display";
import { getConsultationForInput } from "~/modules/consultations/consultation-input-gate.server";
import { actualClosingInstant } from "~/modules/consultations/input-window";
import { inputRefusalMessage } from "~/modules/consultations/input-refusal";
import { themes } from "~/modules/consultations/themes";
import { formatDay, pickTranslation } from "~/modules/consultations/translation";
import { placeAndDatesSelect, principleWithTextsSelect } from "~/modules/consultations/selects";

export type PublicPrinciple = {
  number: number;
  title: string;
  body: string;
  language: string;
  isFallback: boolean;
  describesViolence: boolean;
};

/**
 * What anyone may read about a consultation that is not a draft; null when
 * there is none. Texts come in the reader's language where they exist,
 * otherwise in the consultation's own language, marked as a fallback.
 */
export async function getPublicConsultation(slug: string, language: string, now = new Date()) {
  const row = await getDb().consultation.findFirst({
    where: { slug, status: { not: "draft" } },
    select: {
      ...placeAndDatesSelect,
      status: true,
      translations: { select: { language: true, title: true, description: true, whatHappens: true } },
      hosts: {
        where: { invitation: "accepted" },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, organisation: { select: { name: true, supportContact: true } } },
      },
      supportResources: {
        orderBy: { position: "asc" },
        select: { language: true, name: true, description: true, contact: true },
      },
      draftVersion: {
        select: {
          principles: {
            orderBy: { number: "asc" },
            select: principleWithTextsSelect,
          },
        },
      },
    },
  });
  if (!row) return null;
  const translation = pickTranslation(row.translations, language, row.languages);
  const whatHappens = row.translations.some((candidate) => candidate.whatHappens.trim())
    ? pickTranslation(
        row.translations.filter((candidate) => candidate.whatHappens.trim()),
        language,
        row.languages,
      )
    : undefined;
  const principles = row.draftVersion?.principles ?? [];
  const principlesByTheme = themes.map((theme: Theme) => ({
    theme,
    principles: principles
      .filter((principle) => principle.theme === theme)
      .map((principle): PublicPrinciple => {
        const text = pickTranslation(principle.translations, language, row.languages);
        return {
          number: principle.number,
          title: text?.value.title ?? "",
          body: text?.value.body ?? "",
          language: text?.language ?? language,
          isFallback: text?.isFallback ?? false,
          describesViolence: principle.describesViolence,
        };
      }),
  }));
  // Support services in the reader's language, else in the first offered language that has some.
  const supportLanguage = [language, ...row.languages].find((code) => row.supportResources.some((resource) => resource.language === code));
  const gate = await getConsultationForInput(slug, now);
  return {
    slug: row.slug,
    status: row.status,
    title: translation?.value.title ?? row.slug,
    description: translation?.value.description ?? "",
    contentLanguage: translation?.language ?? language,
    contentIsFallback: translation?.isFallback ?? false,
    whatHappens: whatHappens ? { text: whatHappens.value.whatHappens, language: whatHappens.language, isFallback: whatHappens.isFallback } : null,
    region: regionLabel(row),
    languages: row.languages,
    opensOn: formatDay(row.opensAt, language, row.timeZone),
    closesOn: formatDay(actualClosingInstant(row), language, row.timeZone),
    timeZone: row.timeZone,
    hosts: row.hosts.map((host) => ({ name: host.organisation.name, role: host.role, supportContact: host.organisation.supportContact })),
    supportResources: {
      language: supportLanguage ?? language,
      isFallback: supportLanguage !== undefined && supportLanguage !== language,
      resources: row.supportResources
        .filter((resource) => resource.language === supportLanguage)
        .map(({ name, description, contact }) => ({ name, description, contact })),
    },
    acceptsInput: gate.ok,
    refusal: gate.ok ? null : inputRefusalMessage(gate.refusal, language),
    principlesByTheme,
  };
}
