/**
 * Schemas of the consultation forms, shared by the admin routes. Every
 * message is a translation key of the "consultations" namespace, written out
 * in full so the locale test can see it.
 */
import { z } from "zod";
import { dimensionNames } from "~/modules/self-description/dimensions";
import { selfDescriptionFieldName } from "~/modules/self-description/self-description-answers";
import { isRecognisedLanguage } from "~/modules/consultations/language-names";
import { questionKinds } from "~/modules/consultations/questions/question-kinds";
import { canonicalTimeZone, closingInstant, openingInstant, parseDay, parseTime } from "~/modules/consultations/zoned-time";
import { themes } from "~/modules/consultations/themes";

/** Addresses used by routes of their own, so a consultation may not take them. */
const reservedSlugs = new Set(["new"]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "consultations:errors.slugRequired" })
  .max(60, { message: "consultations:errors.slugInvalid" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "consultations:errors.slugInvalid" })
  .refine((slug) => slug.length >= 3, { message: "consultations:errors.slugInvalid" })
  .refine((slug) => !reservedSlugs.has(slug), { message: "consultations:errors.slugTaken" });

/** "es, en" → ["es", "en"]: canonical BCP 47 tags, the first being the consultation's main language. */
export function parseLanguageList(value: string): string[] | null {
  const pieces = value
    .split(/[\s,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 0 || pieces.length > 12) return null;
  const codes: string[] = [];
  for (const piece of pieces) {
    if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(piece)) return null;
    try {
      const [canonical] = Intl.getCanonicalLocales(piece);
      if (canonical && !codes.includes(canonical)) codes.push(canonical);
    } catch {
      return null;
    }
  }
  return codes;
}

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true" || value === "yes");

export const text = (max: number, requiredMessage?: string) =>
  requiredMessage
    ? z.string({ message: requiredMessage }).trim().min(1, { message: requiredMessage }).max(max, { message: "consultations:errors.tooLong" })
    : z.string().trim().max(max, { message: "consultations:errors.tooLong" }).optional().default("");

/** The neutral site the quick exit leaves for: an ordinary https address, nothing else. */
export const exitUrlSchema = z
  .string()
  .trim()
  .max(300, { message: "consultations:errors.exitUrlInvalid" })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" && !url.username && !url.password && url.hostname.includes(".");
      } catch {
        return false;
      }
    },
    { message: "consultations:errors.exitUrlInvalid" },
  );

/**
 * Region, languages, time zone and dates: the fields the new-consultation
 * form and the settings form share. Dates are checked against each other
 * in the consultation's own time zone.
 */
const scheduleFields = {
  regionCity: text(120, "consultations:errors.cityRequired"),
  regionCountry: text(120, "consultations:errors.countryRequired"),
  timeZone: z
    .string({ message: "consultations:errors.timeZoneInvalid" })
    .trim()
    .refine((value) => canonicalTimeZone(value) !== null, { message: "consultations:errors.timeZoneInvalid" })
    .transform((value) => canonicalTimeZone(value) ?? "UTC"),
  languages: z
    .string({ message: "consultations:errors.languagesInvalid" })
    .refine((value) => parseLanguageList(value) !== null, { message: "consultations:errors.languagesInvalid" })
    .refine((value) => (parseLanguageList(value) ?? []).every(isRecognisedLanguage), { message: "consultations:errors.languagesUnknown" })
    .transform((value) => parseLanguageList(value) ?? []),
  opensOn: z
    .string({ message: "consultations:errors.dateInvalid" })
    .refine((value) => parseDay(value) !== null, { message: "consultations:errors.dateInvalid" }),
  opensAtTime: z
    .string()
    .optional()
    .default("")
    .refine((value) => !value.trim() || parseTime(value) !== null, { message: "consultations:errors.timeInvalid" }),
  closesOn: z
    .string({ message: "consultations:errors.dateInvalid" })
    .refine((value) => parseDay(value) !== null, { message: "consultations:errors.dateInvalid" }),
  closesAtTime: z
    .string()
    .optional()
    .default("")
    .refine((value) => !value.trim() || parseTime(value) !== null, { message: "consultations:errors.timeInvalid" }),
};

type ScheduleInput = {
  timeZone: string;
  opensOn: string;
  opensAtTime: string;
  closesOn: string;
  closesAtTime: string;
};

function withInstants<T extends ScheduleInput>(form: T) {
  return {
    ...form,
    opensAt: openingInstant(form.opensOn, form.opensAtTime, form.timeZone) ?? new Date(Number.NaN),
    closesAt: closingInstant(form.closesOn, form.closesAtTime, form.timeZone) ?? new Date(Number.NaN),
  };
}

function checkOrder(form: ReturnType<typeof withInstants<ScheduleInput>>, ctx: z.RefinementCtx) {
  if (form.closesAt.getTime() <= form.opensAt.getTime()) {
    ctx.addIssue({ code: "custom", path: ["closesOn"], message: "consultations:errors.closesBeforeOpens" });
  }
}

export const newConsultationForm = z
  .object({
    organisationId: z.string({ message: "consultations:errors.organisationRequired" }).min(1, {
      message: "consultations:errors.organisationRequired",
    }),
    slug: slugSchema,
    title: text(200, "consultations:errors.titleRequired"),
    description: text(4000),
    ...scheduleFields,
  })
  .transform(withInstants)
  .superRefine(checkOrder);

/**
 * k, the disclosure threshold: counts below it are shown as "fewer than k".
 * Never below 3 (issue 12); the database refuses it too (a check constraint).
 */
const disclosureThresholdField = z
  .string({ message: "workspace:disclosure.thresholdInvalid" })
  .trim()
  .regex(/^\d{1,3}$/, { message: "workspace:disclosure.thresholdInvalid" })
  .transform(Number)
  .refine((value) => value >= 3, { message: "workspace:disclosure.thresholdTooLow" });

export const consultationSettingsForm = z
  .object({ ...scheduleFields, exitUrl: exitUrlSchema, disclosureThreshold: disclosureThresholdField })
  .transform(withInstants)
  .superRefine(checkOrder);

const statusField = z.enum(["open", "closed", "archived"], { message: "consultations:errors.statusInvalid" });

export const statusChangeForm = z.object({ status: statusField });

/**
 * The settings page's two forms. Settings may carry the languages the
 * person confirmed dropping although they already have input.
 */
/** The hosts' choice of self-description dimensions: one checkbox per shipped dimension. */
const selfDescriptionFields = Object.fromEntries(
  dimensionNames.map((dimension) => [selfDescriptionFieldName(dimension), z.literal("on").optional()]),
) as Record<string, z.ZodOptional<z.ZodLiteral<"on">>>;

function withSelfDescriptionDimensions<T extends Record<string, unknown>>(form: T) {
  return { ...form, selfDescriptionDimensions: dimensionNames.filter((dimension) => form[selfDescriptionFieldName(dimension)] === "on") };
}

export const consultationSettingsPageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("status"), status: statusField }),
  z
    .object({
      intent: z.literal("settings"),
      ...scheduleFields,
      exitUrl: exitUrlSchema,
      disclosureThreshold: disclosureThresholdField,
      confirmDroppedLanguages: z.string().optional().default(""),
      ...selfDescriptionFields,
    })
    .transform(withInstants)
    .transform(withSelfDescriptionDimensions)
    .superRefine(checkOrder),
]);

export const consultationTextForm = z.object({
  language: z.string().trim().min(1, { message: "consultations:errors.languageInvalid" }),
  title: text(200, "consultations:errors.titleRequired"),
  description: text(4000),
  whatHappens: text(4000),
});

export const supportResourceForm = z.object({
  language: z.string().trim().min(1, { message: "consultations:errors.languageInvalid" }),
  name: text(200, "consultations:errors.resourceNameRequired"),
  description: text(1000),
  contact: text(300, "consultations:errors.resourceContactRequired"),
});

export const removeSupportResourceForm = z.object({ resourceId: z.string().min(1) });

/** The texts page's forms: a language's texts, a support service added or removed. */
export const consultationTextsPageForm = z.discriminatedUnion("intent", [
  consultationTextForm.extend({ intent: z.literal("text") }),
  supportResourceForm.extend({ intent: z.literal("resource") }),
  removeSupportResourceForm.extend({ intent: z.literal("removeResource") }),
]);

export const cohostInvitationForm = z.object({
  organisationSlug: z
    .string({ message: "consultations:errors.organisationSlugRequired" })
    .trim()
    .toLowerCase()
    .min(1, { message: "consultations:errors.organisationSlugRequired" })
    .max(80, { message: "consultations:errors.organisationNotFound" }),
});

export const removeCohostForm = z.object({ organisationId: z.string().min(1) });

export const cohostResponseForm = z.object({
  hostId: z.string().min(1),
  decision: z.enum(["accept", "decline"], { message: "consultations:errors.decisionInvalid" }),
});

export const newDraftDocumentForm = z.object({
  documentSlug: slugSchema,
  documentTitle: text(300, "consultations:errors.documentTitleRequired"),
});

/** The draft version chosen for the consultation (named as a form, not a hook). */
export const draftVersionChoiceForm = z.object({ versionId: z.string().min(1, { message: "consultations:errors.versionRequired" }) });

export const principleForm = z.object({
  versionId: z.string().min(1),
  number: z.coerce
    .number({ message: "consultations:errors.principleNumberInvalid" })
    .int({ message: "consultations:errors.principleNumberInvalid" })
    .min(1, { message: "consultations:errors.principleNumberInvalid" })
    .max(999, { message: "consultations:errors.principleNumberInvalid" }),
  theme: z.enum(themes, { message: "consultations:errors.themeRequired" }),
  describesViolence: checkbox,
  language: z.string().trim().min(1, { message: "consultations:errors.languageInvalid" }),
  title: text(300, "consultations:errors.principleTitleRequired"),
  body: text(8000),
});

export const newVersionForm = z.object({ fromVersionId: z.string().min(1) });

/** The principles page's forms. A principle's texts are edited on its own page (principleEditForm). */
export const principlesPageForm = z.discriminatedUnion("intent", [
  newDraftDocumentForm.extend({ intent: z.literal("startDocument") }),
  draftVersionChoiceForm.extend({ intent: z.literal("useVersion") }),
  newVersionForm.extend({ intent: z.literal("newVersion") }),
  principleForm.extend({ intent: z.literal("principle") }),
]);

/** One principle's page: its theme, content note and text in one language. */
export const principleEditForm = principleForm.omit({ number: true });

/** A confirmed removal of one principle. */
export const removePrincipleForm = z.object({ versionId: z.string().min(1) });

export { questionKinds };

/** One option per line; blank lines do not count. */
export function optionLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export const newQuestionForm = z
  .object({
    theme: z.enum(themes, { message: "consultations:errors.themeRequired" }),
    kind: z.enum(questionKinds, { message: "consultations:errors.kindRequired" }),
    principleNumber: z
      .string()
      .optional()
      .default("")
      .refine((value) => value === "" || /^\d{1,3}$/.test(value), { message: "consultations:errors.principleNotFound" })
      .transform((value) => (value === "" ? null : Number(value))),
    language: z.string().trim().min(1, { message: "consultations:errors.languageInvalid" }),
    prompt: text(1000, "consultations:errors.promptRequired"),
    help: text(2000),
    options: z.string().optional().default(""),
  })
  .superRefine((form, ctx) => {
    if (form.kind === "stance" && form.principleNumber === null) {
      ctx.addIssue({ code: "custom", path: ["principleNumber"], message: "consultations:errors.stanceNeedsPrinciple" });
    }
    const options = optionLines(form.options);
    const isChoice = form.kind === "single_choice" || form.kind === "multiple_choice";
    if (isChoice && options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "consultations:errors.optionsRequired" });
    }
    if (options.some((option) => option.length > 300)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "consultations:errors.tooLong" });
    }
  });

export const questionTranslationForm = z.object({
  questionId: z.string().min(1),
  language: z.string().trim().min(1, { message: "consultations:errors.languageInvalid" }),
  prompt: text(1000, "consultations:errors.promptRequired"),
  help: text(2000),
  options: z.string().optional().default(""),
});

export const removeQuestionForm = z.object({ questionId: z.string().min(1) });

/** One question's page: its text in one language. */
export const questionEditForm = questionTranslationForm.omit({ questionId: true });

/** The button of a confirmation page: it sends nothing but its consent to go ahead. */
export const confirmForm = z.object({ confirm: z.literal("yes", { message: "consultations:errors.confirmRequired" }) });
