/**
 * A consultation's translatable content as translation units, shared by
 * export-content and import-content so both see the same ids and sources:
 *
 *   consultation/title · consultation/description · consultation/whatHappens
 *   principle/<id>/title · principle/<id>/body      (its draft version's principles)
 *   question/<id>/prompt · question/<id>/help · question/<id>/option/<optionId>
 *   consent/body                                    (the newest version)
 *   support/<id>/name · …/description · …/contact   (the source language's resources, in order;
 *                                                    the target's are matched by position)
 *
 * The source is English where the consultation has it, otherwise its first
 * language (sourceLanguageOf). A text empty in the source is not a unit.
 */
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { sourceLanguageOf } from "~/modules/consultations/translation";

type Reader = PrismaClient | Prisma.TransactionClient;

export type Entity =
  | { kind: "consultation" }
  | { kind: "principle"; principleId: string; number: number }
  | { kind: "question"; questionId: string }
  | { kind: "consent" }
  | { kind: "support" };

export type ContentUnit = { id: string; source: string; target: string | null; notes: string[]; entity: Entity; field: string };
export type ContentFile = { id: string; units: ContentUnit[] };

export type ConsultationContent = {
  consultation: { id: string; slug: string; languages: string[]; status: string; draftVersionId: string | null };
  sourceLanguage: string;
  files: ContentFile[];
  /** The target language's support resources, in order (import replaces them together). */
  targetSupport: { id: string; name: string; description: string; contact: string }[];
  sourceSupportCount: number;
};

const byLanguage = <T extends { language: string }>(rows: readonly T[], language: string) => rows.find((row) => row.language === language);

export async function readConsultationContent(
  db: Reader,
  slug: string,
  language: string,
): Promise<{ kind: "found"; content: ConsultationContent } | { kind: "refused"; reason: string }> {
  const row = await db.consultation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      languages: true,
      status: true,
      draftVersionId: true,
      translations: { select: { language: true, title: true, description: true, whatHappens: true } },
      draftVersion: {
        select: {
          number: true,
          document: { select: { slug: true } },
          principles: { orderBy: { number: "asc" }, select: { id: true, number: true, translations: { select: { language: true, title: true, body: true } } } },
        },
      },
      questions: {
        orderBy: [{ theme: "asc" }, { position: "asc" }],
        select: {
          id: true,
          theme: true,
          kind: true,
          translations: { select: { language: true, prompt: true, help: true } },
          options: { orderBy: { position: "asc" }, select: { id: true, position: true, translations: { select: { language: true, label: true } } } },
        },
      },
      consentTexts: { orderBy: { version: "desc" }, select: { language: true, version: true, body: true } },
      supportResources: { orderBy: { position: "asc" }, select: { id: true, language: true, name: true, description: true, contact: true } },
    },
  });
  if (!row) return { kind: "refused", reason: `No consultation "${slug}".` };
  const sourceLanguage = sourceLanguageOf(row.translations, row.languages);
  if (!sourceLanguage) return { kind: "refused", reason: `"${slug}" has no text in any language yet.` };
  if (!row.languages.includes(language)) {
    return { kind: "refused", reason: `"${slug}" is not offered in "${language}"; add the language on its settings page first (it offers ${row.languages.join(", ")}).` };
  }
  if (language === sourceLanguage) return { kind: "refused", reason: `"${language}" is the source language of "${slug}"; export another language.` };

  const where = `Consultation "${slug}"`;
  const unit = (id: string, entity: Entity, field: string, source: string | undefined, target: string | undefined, notes: string[]): ContentUnit[] =>
    source ? [{ id, entity, field, source, target: target ?? null, notes }] : [];

  const text = byLanguage(row.translations, sourceLanguage);
  const translated = byLanguage(row.translations, language);
  const files: ContentFile[] = [
    {
      id: "consultation",
      units: [
        ...unit("consultation/title", { kind: "consultation" }, "title", text?.title, translated?.title, [`${where}: its title, shown on the home page and its own page.`]),
        ...unit("consultation/description", { kind: "consultation" }, "description", text?.description, translated?.description, [`${where}: what it is about, on its page.`]),
        ...unit("consultation/whatHappens", { kind: "consultation" }, "whatHappens", text?.whatHappens, translated?.whatHappens, [
          `${where}: "what happens to your words", in plain language for the people taking part.`,
        ]),
      ],
    },
  ];
  if (row.draftVersion) {
    const draft = `draft "${row.draftVersion.document.slug}" version ${row.draftVersion.number}`;
    files.push({
      id: "principles",
      units: row.draftVersion.principles.flatMap((principle) => {
        const source = byLanguage(principle.translations, sourceLanguage);
        const target = byLanguage(principle.translations, language);
        const entity: Entity = { kind: "principle", principleId: principle.id, number: principle.number };
        const note = `Principle ${principle.number} of ${draft} (shared by every consultation using that version).`;
        return [
          ...unit(`principle/${principle.id}/title`, entity, "title", source?.title, target?.title, [`${note} Its title.`]),
          ...unit(`principle/${principle.id}/body`, entity, "body", source?.body, target?.body, [`${note} Its text.`]),
        ];
      }),
    });
  }
  files.push({
    id: "questions",
    units: row.questions.flatMap((question) => {
      const source = byLanguage(question.translations, sourceLanguage);
      const target = byLanguage(question.translations, language);
      const entity: Entity = { kind: "question", questionId: question.id };
      const note = `A ${question.kind.replace(/_/g, " ")} question on the theme "${question.theme}".`;
      return [
        ...unit(`question/${question.id}/prompt`, entity, "prompt", source?.prompt, target?.prompt, [`${note} The question itself.`]),
        ...unit(`question/${question.id}/help`, entity, "help", source?.help, target?.help, [`${note} Help shown under it.`]),
        ...question.options.flatMap((option) =>
          unit(`question/${question.id}/option/${option.id}`, entity, `option:${option.id}`, byLanguage(option.translations, sourceLanguage)?.label, byLanguage(option.translations, language)?.label, [
            `${note} Answer option ${option.position}: one line.`,
          ]),
        ),
      ];
    }),
  });
  const consent = byLanguage(row.consentTexts, sourceLanguage);
  const consentTarget = byLanguage(row.consentTexts, language);
  files.push({
    id: "consent",
    units: unit("consent/body", { kind: "consent" }, "body", consent?.body, consentTarget?.body, [
      `${where}: the consent text people read before they take part (version ${consent?.version ?? 0}). Keep its meaning exactly; a changed text becomes a new version.`,
    ]),
  });
  const sourceSupport = row.supportResources.filter((resource) => resource.language === sourceLanguage);
  const targetSupport = row.supportResources.filter((resource) => resource.language === language);
  files.push({
    id: "support",
    units: sourceSupport.flatMap((resource, index) => {
      const target = targetSupport[index];
      const note = `Support service ${index + 1}, shown on every sensitive page.`;
      return [
        ...unit(`support/${resource.id}/name`, { kind: "support" }, `name:${index}`, resource.name, target?.name, [`${note} Its name.`]),
        ...unit(`support/${resource.id}/description`, { kind: "support" }, `description:${index}`, resource.description, target?.description, [`${note} What it offers.`]),
        ...unit(`support/${resource.id}/contact`, { kind: "support" }, `contact:${index}`, resource.contact, target?.contact, [
          `${note} Its public contact: keep it, or give the service's contact for speakers of this language.`,
        ]),
      ];
    }),
  });
  return {
    kind: "found",
    content: {
      consultation: { id: row.id, slug: row.slug, languages: row.languages, status: row.status, draftVersionId: row.draftVersionId },
      sourceLanguage,
      files,
      targetSupport: targetSupport.map(({ id, name, description, contact }) => ({ id, name, description, contact })),
      sourceSupportCount: sourceSupport.length,
    },
  };
}
