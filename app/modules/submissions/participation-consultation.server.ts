/**
 * A consultation as the participation pages need it: its questions grouped
 * by theme (in the person's language where it exists), the draft principles
 * of each theme (with the content-note flag), hosts, support resources, the
 * current consent text and whether it takes input now.
 */
import type { ConsultationStatus, QuestionKind, Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";
import { formatDay, pickTranslation } from "~/modules/consultations/translation";
import { getDb } from "~/modules/db/db.server";
import { acceptedHostNamesSelect } from "~/modules/consultations/hosting/hosting-display";
import { normaliseDimensions, type Dimension } from "~/modules/self-description/dimensions";
import { placeAndDatesSelect } from "~/modules/consultations/selects";
import { actualClosingInstant, inputWindowState, type InputWindowState } from "~/modules/consultations/input-window";

export type QuestionView = {
  id: string;
  theme: Theme;
  kind: QuestionKind;
  principleId: string | null;
  principleNumber: number | null;
  prompt: string;
  help: string;
  language: string;
  options: Array<{ id: string; label: string; language: string }>;
};

export type PrincipleView = {
  number: number;
  title: string;
  body: string;
  language: string;
  describesViolence: boolean;
};

export type ThemeStep = { theme: Theme; questions: QuestionView[]; principles: PrincipleView[] };

export type ConsentTextView = { id: string; version: number; language: string; paragraphs: string[] };

export type ParticipationConsultation = {
  id: string;
  slug: string;
  title: string;
  titleLanguage: string;
  regionCity: string;
  regionCountry: string;
  status: ConsultationStatus;
  opensAt: Date;
  closesAt: Date;
  opensOn: string;
  closesOn: string;
  inputWindow: InputWindowState;
  /** The draft version input is given on now (stored with each submission). */
  draftVersionId: string | null;
  hostNames: string[];
  supportResources: Array<{ name: string; description: string; contact: string; language: string }>;
  /** Only themes that have questions, in the fixed theme order. */
  steps: ThemeStep[];
  consentText: ConsentTextView | null;
  /** The self-description dimensions the hosts ask about after sending (none: no invitation). */
  selfDescriptionDimensions: Dimension[];
};

/**
 * The last structure read per consultation and language, kept in memory so
 * a form can still be shown with what someone typed while the database is
 * unreachable. Only what every visitor's page shows anyway (questions,
 * principles, consent text): never anyone's input.
 */
const lastKnown = new Map<string, ParticipationConsultation>();
const lastKnownLimit = 500;
const lastKnownKey = (slug: string, language: string) => `${language}|${slug}`;

function remember(slug: string, language: string, consultation: ParticipationConsultation | null) {
  const key = lastKnownKey(slug, language);
  lastKnown.delete(key);
  if (!consultation) return;
  if (lastKnown.size >= lastKnownLimit) lastKnown.delete(lastKnown.keys().next().value!);
  lastKnown.set(key, consultation);
}

/** The consultation as it was last read from the database by this process, if it was. */
export function lastKnownParticipationConsultation(slug: string, language: string): ParticipationConsultation | null {
  return lastKnown.get(lastKnownKey(slug, language)) ?? null;
}

/** A published consultation (not a draft), or null. */
export async function getParticipationConsultation(
  slug: string,
  language: string,
  now = new Date(),
): Promise<ParticipationConsultation | null> {
  const consultation = await readParticipationConsultation(slug, language, now);
  remember(slug, language, consultation);
  return consultation;
}

async function readParticipationConsultation(
  slug: string,
  language: string,
  now: Date,
): Promise<ParticipationConsultation | null> {
  const row = await getDb().consultation.findFirst({
    where: { slug, status: { not: "draft" } },
    select: {
      id: true,
      status: true,
      ...placeAndDatesSelect,
      draftVersionId: true,
      selfDescriptionDimensions: true,
      translations: { select: { language: true, title: true } },
      hosts: acceptedHostNamesSelect,
      supportResources: {
        orderBy: { position: "asc" },
        select: { language: true, name: true, description: true, contact: true },
      },
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          theme: true,
          kind: true,
          principleId: true,
          principle: { select: { number: true } },
          translations: { select: { language: true, prompt: true, help: true } },
          options: {
            orderBy: { position: "asc" },
            select: { id: true, translations: { select: { language: true, label: true } } },
          },
        },
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
      consentTexts: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, language: true, body: true },
      },
    },
  });
  if (!row) return null;
  const fallbacks = row.languages;
  const title = pickTranslation(row.translations, language, fallbacks);

  const questions: QuestionView[] = row.questions.map((question) => {
    const text = pickTranslation(question.translations, language, fallbacks);
    return {
      id: question.id,
      theme: question.theme,
      kind: question.kind,
      principleId: question.principleId,
      principleNumber: question.principle?.number ?? null,
      prompt: text?.value.prompt ?? "",
      help: text?.value.help ?? "",
      language: text?.language ?? language,
      options: question.options.map((option) => {
        const label = pickTranslation(option.translations, language, fallbacks);
        return { id: option.id, label: label?.value.label ?? "", language: label?.language ?? language };
      }),
    };
  });
  const principles = (row.draftVersion?.principles ?? []).map((principle) => {
    const text = pickTranslation(principle.translations, language, fallbacks);
    return {
      theme: principle.theme,
      view: {
        number: principle.number,
        title: text?.value.title ?? "",
        body: text?.value.body ?? "",
        language: text?.language ?? language,
        describesViolence: principle.describesViolence,
      },
    };
  });
  const steps = themes
    .map((theme) => ({
      theme,
      questions: questions.filter((question) => question.theme === theme),
      principles: principles.filter((principle) => principle.theme === theme).map((principle) => principle.view),
    }))
    .filter((step) => step.questions.length > 0);

  // The newest version in the person's language, else in the consultation's own languages.
  const consent = pickTranslation(row.consentTexts, language, fallbacks);
  const supportLanguage = pickTranslation(row.supportResources, language, fallbacks)?.language;

  return {
    id: row.id,
    slug: row.slug,
    title: title?.value.title ?? row.slug,
    titleLanguage: title?.language ?? language,
    regionCity: row.regionCity,
    regionCountry: row.regionCountry,
    status: row.status,
    selfDescriptionDimensions: normaliseDimensions(row.selfDescriptionDimensions),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    opensOn: formatDay(row.opensAt, language, row.timeZone),
    // Closed early: the day input really ended, not the planned closing still ahead (issue 10, bug 1).
    closesOn: formatDay(actualClosingInstant(row), language, row.timeZone),
    inputWindow: inputWindowState(row, now),
    draftVersionId: row.draftVersionId,
    hostNames: row.hosts.map((host) => host.organisation.name),
    supportResources: row.supportResources
      .filter((resource) => resource.language === supportLanguage)
      .map(({ language: resourceLanguage, name, description, contact }) => ({
        name,
        description,
        contact,
        language: resourceLanguage,
      })),
    steps,
    consentText: consent
      ? {
          id: consent.value.id,
          version: consent.value.version,
          language: consent.language,
          paragraphs: consent.value.body.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean),
        }
      : null,
  };
}
