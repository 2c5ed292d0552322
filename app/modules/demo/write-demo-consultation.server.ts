/**
 * Writes one demo consultation's content — its host organisations, draft
 * document and principles, the consultation with its translations, hosts,
 * support resources and consent text, and its questions — inside the
 * caller's transaction. Both demo seeds (Bogotá: seed-demo.server.ts; The
 * Hague: seed-hague-demo.server.ts) go through it, so a new column or table
 * for consultation content is added in one place and both demos get it.
 * What differs between the demos (staff accounts, the audit event, the lock)
 * stays with each seed.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { HostRole, QuestionKind, Theme } from "~/generated/prisma/enums";
import type { Dimension } from "~/modules/self-description/dimensions";

type Localised<Language extends string, T> = Readonly<Record<Language, T>>;

/** The shape both content files share, over the demo's own languages. */
export type DemoConsultationContent<Language extends string> = {
  languages: readonly Language[];
  organisations: readonly {
    slug: string;
    name: string;
    description: string;
    region: string;
    supportContact: string;
    hostRole: HostRole;
  }[];
  consultation: {
    slug: string;
    regionCity: string;
    regionCountry: string;
    timeZone: string;
    languages: readonly string[];
    opensAt: Date;
    closesAt: Date;
    selfDescriptionDimensions?: readonly Dimension[];
    text: Localised<Language, { title: string; description: string }>;
  };
  draftDocument: { slug: string; title: string; versionNumber: number };
  principles: readonly {
    number: number;
    theme: Theme;
    describesViolence: boolean;
    text: Localised<Language, { title: string; body: string }>;
  }[];
  questions: readonly {
    theme: Theme;
    kind: QuestionKind;
    principleNumber?: number;
    prompt: Localised<Language, string>;
    help: Localised<Language, string>;
    options?: readonly Localised<Language, string>[];
  }[];
  consentText: { version: number; body: Localised<Language, string> };
  supportResources: Localised<Language, readonly { name: string; description: string; contact: string }[]>;
};

/** Ids chosen before the transaction, so a seed can name them in its own rows (staff memberships, the audit event). */
export type DemoIds = { consultationId: string; organisationIds: readonly string[] };

export function newDemoIds(content: DemoConsultationContent<string>): DemoIds {
  return { consultationId: randomUUID(), organisationIds: content.organisations.map(() => randomUUID()) };
}

const dayInMs = 24 * 60 * 60 * 1000;

/** The content's dates, moved if needed so the demo is open at seeding time and for a year after. */
export function openDates(content: { opensAt: Date; closesAt: Date }, now: Date): { opensAt: Date; closesAt: Date } {
  const opensAt = content.opensAt.getTime() <= now.getTime() ? content.opensAt : new Date(now.getTime() - dayInMs);
  const earliestClose = now.getTime() + 365 * dayInMs;
  const closesAt = content.closesAt.getTime() >= earliestClose ? content.closesAt : new Date(earliestClose);
  return { opensAt, closesAt };
}

/** Writes the content; returns how many questions it wrote (for the audit event). */
export async function writeDemoConsultation<Language extends string>(
  tx: Prisma.TransactionClient,
  content: DemoConsultationContent<Language>,
  ids: DemoIds,
  now: Date,
): Promise<{ questions: number }> {
  const { languages, consultation } = content;
  const { opensAt, closesAt } = openDates(consultation, now);
  const versionId = randomUUID();
  const principleIds = new Map(content.principles.map((principle) => [principle.number, randomUUID()]));
  const questions = content.questions.map((question, index) => ({
    ...question,
    id: randomUUID(),
    position: index + 1,
    optionIds: (question.options ?? []).map(() => randomUUID()),
  }));

  await tx.organisation.createMany({
    data: content.organisations.map((organisation, index) => ({
      id: ids.organisationIds[index]!,
      slug: organisation.slug,
      name: organisation.name,
      description: organisation.description,
      region: organisation.region,
      supportContact: organisation.supportContact,
    })),
  });
  await tx.draftDocument.create({
    data: {
      slug: content.draftDocument.slug,
      title: content.draftDocument.title,
      organisationId: ids.organisationIds[0]!,
      versions: { create: { id: versionId, number: content.draftDocument.versionNumber } },
    },
  });
  await tx.draftPrinciple.createMany({
    data: content.principles.map((principle) => ({
      id: principleIds.get(principle.number)!,
      versionId,
      number: principle.number,
      theme: principle.theme,
      describesViolence: principle.describesViolence,
    })),
  });
  await tx.draftPrincipleTranslation.createMany({
    data: content.principles.flatMap((principle) =>
      languages.map((language) => ({
        principleId: principleIds.get(principle.number)!,
        language,
        title: principle.text[language].title,
        body: principle.text[language].body,
      })),
    ),
  });

  await tx.consultation.create({
    data: {
      id: ids.consultationId,
      slug: consultation.slug,
      regionCity: consultation.regionCity,
      regionCountry: consultation.regionCountry,
      timeZone: consultation.timeZone,
      languages: [...consultation.languages],
      opensAt,
      closesAt,
      status: "open",
      selfDescriptionDimensions: [...(consultation.selfDescriptionDimensions ?? [])],
      draftVersionId: versionId,
      translations: { createMany: { data: languages.map((language) => ({ language, ...consultation.text[language] })) } },
      hosts: {
        createMany: {
          data: content.organisations.map((organisation, index) => ({
            organisationId: ids.organisationIds[index]!,
            role: organisation.hostRole,
            invitation: "accepted" as const,
            respondedAt: now,
          })),
        },
      },
      supportResources: {
        createMany: {
          data: languages.flatMap((language) =>
            content.supportResources[language].map((resource, index) => ({ language, position: index + 1, ...resource })),
          ),
        },
      },
      consentTexts: {
        createMany: {
          data: languages.map((language) => ({
            version: content.consentText.version,
            language,
            body: content.consentText.body[language],
          })),
        },
      },
    },
  });

  await tx.question.createMany({
    data: questions.map((question) => ({
      id: question.id,
      consultationId: ids.consultationId,
      theme: question.theme,
      kind: question.kind,
      principleId: question.principleNumber === undefined ? null : principleIds.get(question.principleNumber)!,
      position: question.position,
    })),
  });
  await tx.questionTranslation.createMany({
    data: questions.flatMap((question) =>
      languages.map((language) => ({
        questionId: question.id,
        language,
        prompt: question.prompt[language],
        help: question.help[language],
      })),
    ),
  });
  const choiceOptions = questions.flatMap((question) =>
    (question.options ?? []).map((labels, index) => ({
      id: question.optionIds[index]!,
      questionId: question.id,
      position: index + 1,
      labels,
    })),
  );
  if (choiceOptions.length > 0) {
    await tx.questionOption.createMany({
      data: choiceOptions.map(({ id, questionId, position }) => ({ id, questionId, position })),
    });
    await tx.questionOptionTranslation.createMany({
      data: choiceOptions.flatMap((option) =>
        languages.map((language) => ({ optionId: option.id, language, label: option.labels[language] })),
      ),
    });
  }
  return { questions: questions.length };
}
