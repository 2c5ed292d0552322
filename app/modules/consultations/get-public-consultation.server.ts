import type { Theme } from "~/generated/prisma/enums";
import { getDb } from "~/modules/db/db.server";
import { themes } from "./themes";
import { formatDay, pickTranslation } from "./translation";

export type PublicPrinciple = {
  number: number;
  title: string;
  body: string;
  language: string;
  isFallback: boolean;
  describesViolence: boolean;
};

/** What anyone may read about a consultation that is not a draft; null when there is none. */
export async function getPublicConsultation(slug: string, language: string) {
  const row = await getDb().consultation.findFirst({
    where: { slug, status: { not: "draft" } },
    select: {
      slug: true,
      status: true,
      languages: true,
      regionCity: true,
      regionCountry: true,
      timeZone: true,
      opensAt: true,
      closesAt: true,
      translations: { select: { language: true, title: true, description: true, whatHappens: true } },
      hosts: {
        where: { invitation: "accepted" },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
        select: { role: true, organisation: { select: { name: true } } },
      },
      draftVersion: {
        select: {
          principles: {
            orderBy: { number: "asc" },
            select: {
              number: true,
              theme: true,
              describesViolence: true,
              translations: { select: { language: true, title: true, body: true } },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  const translation = pickTranslation(row.translations, language, row.languages);
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
  return {
    slug: row.slug,
    status: row.status,
    title: translation?.value.title ?? row.slug,
    description: translation?.value.description ?? "",
    whatHappens: translation?.value.whatHappens ?? "",
    contentLanguage: translation?.language ?? language,
    region: [row.regionCity, row.regionCountry].filter(Boolean).join(", "),
    languages: row.languages,
    opensOn: formatDay(row.opensAt, language, row.timeZone),
    closesOn: formatDay(row.closesAt, language, row.timeZone),
    hosts: row.hosts.map((host) => ({ name: host.organisation.name, role: host.role })),
    principlesByTheme,
  };
}
