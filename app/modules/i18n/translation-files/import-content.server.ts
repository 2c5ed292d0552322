/**
 * `npm run admin -- import-content <slug> <lng> FILE`: a translated content
 * file back into the consultation, all or nothing, through the same use
 * cases the admin editors call (so their rules hold: a question's wording is
 * frozen once people answered, a draft version once input was given on it,
 * a consent text in use is not changed), each recording its audit event, all
 * in one transaction. Only what differs from the database is saved, so an
 * unchanged file saves nothing and trips no freeze.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { AuditActor } from "~/modules/audit/record-audit-event.server";
import { addSupportResourceInTransaction } from "~/modules/consultations/add-support-resource.server";
import { saveDraftPrincipleInTransaction } from "~/modules/consultations/drafts/save-draft-principle.server";
import { saveQuestionTranslationInTransaction } from "~/modules/consultations/questions/save-question-translation.server";
import { removeSupportResourceInTransaction } from "~/modules/consultations/remove-support-resource.server";
import { saveConsentTextInTransaction } from "~/modules/consultations/save-consent-text.server";
import { saveConsultationTextInTransaction } from "~/modules/consultations/save-consultation-text.server";
import { leadOrganisationSelect } from "~/modules/consultations/selects";
import { getDb } from "~/modules/db/db.server";
import { readConsultationContent, type ContentUnit, type Entity } from "~/modules/i18n/translation-files/content-units.server";
import { readXliff, RefusedTranslation, translationProblem, type Refusal } from "~/modules/i18n/translation-files/xliff.server";

export type ImportContentResult = { kind: "imported"; units: number; saved: number } | { kind: "refused"; refusal: Refusal };

/** The command line acts as the system, as create-org and invite do. */
const systemActor: AuditActor = { actorKind: "system", actorId: null };

/** The editors' refusals, said for a translator. */
const reasons: Record<string, string> = {
  "consultations:errors.questionFrozen": "this question's wording is frozen: people have already given input on the consultation (a language it has no text in yet may still be added)",
  "consultations:errors.draftFrozen": "this draft version is frozen: input was given on it; translate a new version instead",
  "consultations:errors.draftNotEditable": "the draft document belongs to another organisation than the consultation's lead host",
  "consultations:errors.languageInvalid": "the consultation is not offered in this language",
  "consultations:errors.optionsCount": "the question needs one label per answer option",
  "consultations:errors.questionNotFound": "the question is no longer in the consultation",
  consentInUse: "the consent text is in use (the consultation is no longer a draft): its wording cannot change now",
  languageInvalid: "the consultation is not offered in this language",
};

type Read = ContentUnit & { line: number; value: string };

function entityKey(entity: Entity): string {
  if (entity.kind === "principle") return `principle/${entity.principleId}`;
  if (entity.kind === "question") return `question/${entity.questionId}`;
  return entity.kind;
}

export async function importContent(input: { slug: string; language: string; xliff: string }): Promise<ImportContentResult> {
  const refuse = (line: number | null, reason: string) => ({ kind: "refused" as const, refusal: { line, reason } });
  const parsed = readXliff(input.xliff);
  if (!parsed.ok) return { kind: "refused", refusal: parsed.refusal };
  const { document } = parsed;
  const found = await readConsultationContent(getDb(), input.slug, input.language);
  if (found.kind === "refused") return refuse(null, found.reason);
  const { content } = found;
  if (document.trgLang !== input.language) return refuse(1, `wrong trgLang: the file is for "${document.trgLang}", not "${input.language}"`);
  if (document.srcLang !== content.sourceLanguage) return refuse(1, `wrong srcLang: the consultation's source language is "${content.sourceLanguage}", not "${document.srcLang}"`);

  const expected = new Map(content.files.flatMap((file) => file.units.map((unit) => [`${file.id}\u0000${unit.id}`, unit] as const)));
  const read = new Map<string, Read>();
  for (const file of document.files) {
    for (const unit of file.units) {
      const known = expected.get(`${file.id}\u0000${unit.id}`);
      if (!known) return refuse(unit.line, `unknown unit "${unit.id}" in file "${file.id}" (not in this consultation)`);
      if (unit.source !== known.source) return refuse(unit.line, `the source of "${unit.id}" changed since this file was exported; export again and translate the new text`);
      if (unit.target === null || unit.target.trim() === "") {
        // A support service need not exist in every language: left untranslated, it is not offered in this one.
        if (known.entity.kind === "support") continue;
        return refuse(unit.targetLine, `"${unit.id}" has no translation`);
      }
      const problem = translationProblem(known.source, unit.target);
      if (problem) return refuse(unit.targetLine, `"${unit.id}": ${problem}`);
      if (known.field.startsWith("option:") && /[\r\n]/.test(unit.target)) return refuse(unit.targetLine, `"${unit.id}": an answer option is one line`);
      read.set(unit.id, { ...known, line: unit.targetLine, value: unit.target });
    }
  }
  const missing = [...expected.values()].find((unit) => !read.has(unit.id) && unit.entity.kind !== "support");
  if (missing) return refuse(null, `the file has no unit "${missing.id}"; every text must be translated`);
  if (content.targetSupport.length > content.sourceSupportCount) {
    return refuse(null, `"${input.language}" has more support resources than the source language; match them on the consultation's texts page first`);
  }

  // Entities with a changed text, in file order, each with its units.
  const changed = new Map<string, Read[]>();
  for (const unit of read.values()) {
    const key = entityKey(unit.entity);
    if (!changed.has(key)) changed.set(key, []);
    changed.get(key)!.push(unit);
  }
  for (const [key, units] of changed) if (units.every((unit) => unit.value === unit.target)) changed.delete(key);
  // Support services: translated as whole services (name required), the language's list replaced together.
  const services = new Map<number, Read[]>();
  for (const unit of read.values()) {
    if (unit.entity.kind !== "support") continue;
    const index = Number(unit.field.split(":")[1]);
    services.set(index, [...(services.get(index) ?? []), unit]);
  }
  for (const [index, units] of services) {
    if (!units.some((unit) => unit.field === `name:${index}`)) return refuse(units[0]!.line, `"${units[0]!.id}": a support service translated in part needs its name too`);
  }
  const supportKept = content.targetSupport.length === services.size && [...services.values()].flat().every((unit) => unit.value === unit.target);
  if (supportKept) changed.delete("support");
  else if (services.size > 0 || content.targetSupport.length > 0) changed.set("support", [...services.values()].flat());
  const consultationId = content.consultation.id;
  const language = input.language;
  const value = (units: Read[], field: string, current: string | undefined) => units.find((unit) => unit.field === field)?.value ?? current ?? "";

  try {
    await getDb().$transaction(async (tx: Prisma.TransactionClient) => {
      const fail = (units: Read[], error: string): never => {
        const first = units.find((unit) => unit.value !== unit.target) ?? units[0]!;
        throw new RefusedTranslation({ line: first.line, reason: `"${first.id}": ${reasons[error] ?? error}` });
      };
      for (const [key, units] of changed) {
        if (key === "support") {
          // Resources have no per-language rows to update: the language's list is replaced as a whole, in the source's order.
          for (const resource of content.targetSupport) {
            await removeSupportResourceInTransaction(tx, { consultationId, resourceId: resource.id, actor: systemActor });
          }
          for (const index of [...services.keys()].sort((a, b) => a - b)) {
            const service = services.get(index)!;
            const result = await addSupportResourceInTransaction(tx, {
              consultationId,
              language,
              name: value(service, `name:${index}`, undefined),
              description: value(service, `description:${index}`, undefined),
              contact: value(service, `contact:${index}`, undefined),
              actor: systemActor,
            });
            if (!result.ok) fail(service, result.error);
          }
          continue;
        }
        const entity = units[0]!.entity;
        if (entity.kind === "consultation") {
          const current = await tx.consultationTranslation.findUnique({ where: { consultationId_language: { consultationId, language } } });
          const result = await saveConsultationTextInTransaction(tx, {
            consultationId,
            language,
            title: value(units, "title", current?.title),
            description: value(units, "description", current?.description),
            whatHappens: value(units, "whatHappens", current?.whatHappens),
            actor: systemActor,
          });
          if (!result.ok) fail(units, result.error);
        } else if (entity.kind === "principle") {
          const principle = await tx.draftPrinciple.findUniqueOrThrow({
            where: { id: entity.principleId },
            select: { versionId: true, theme: true, describesViolence: true, translations: { where: { language }, select: { title: true, body: true } } },
          });
          const lead = await tx.consultation.findUniqueOrThrow({ where: { id: consultationId }, select: leadOrganisationSelect });
          const result = await saveDraftPrincipleInTransaction(tx, {
            versionId: principle.versionId,
            organisationId: lead.hosts[0]?.organisationId ?? "",
            number: entity.number,
            theme: principle.theme,
            describesViolence: principle.describesViolence,
            language,
            title: value(units, "title", principle.translations[0]?.title),
            body: value(units, "body", principle.translations[0]?.body),
            actor: systemActor,
          });
          if (!result.ok) fail(units, result.error);
        } else if (entity.kind === "question") {
          const question = await tx.question.findUniqueOrThrow({
            where: { id: entity.questionId },
            select: {
              translations: { where: { language }, select: { prompt: true, help: true } },
              options: { orderBy: { position: "asc" }, select: { id: true, translations: { where: { language }, select: { label: true } } } },
            },
          });
          const result = await saveQuestionTranslationInTransaction(tx, {
            consultationId,
            questionId: entity.questionId,
            language,
            prompt: value(units, "prompt", question.translations[0]?.prompt),
            help: value(units, "help", question.translations[0]?.help),
            options: question.options.map((option) => value(units, `option:${option.id}`, option.translations[0]?.label)).join("\n"),
            actor: systemActor,
          });
          if (!result.ok) fail(units, result.error);
        } else if (entity.kind === "consent") {
          const result = await saveConsentTextInTransaction(tx, { consultationId, language, body: units[0]!.value, actor: systemActor });
          if (!result.ok) fail(units, result.error);
        }
      }
    });
  } catch (error) {
    if (error instanceof RefusedTranslation) return { kind: "refused", refusal: error.refusal };
    throw error;
  }
  return { kind: "imported", units: read.size, saved: changed.size };
}
