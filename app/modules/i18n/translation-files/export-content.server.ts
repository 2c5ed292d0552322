/**
 * `npm run admin -- export-content <slug> <lng>`: a consultation's texts as
 * an XLIFF 2.0 file for a translator: the source language's text, the
 * language's current text as target (none yet: no <target>).
 */
import { getDb } from "~/modules/db/db.server";
import { readConsultationContent } from "~/modules/i18n/translation-files/content-units.server";
import { writeXliff } from "~/modules/i18n/translation-files/xliff.server";

export type ExportContentResult = { kind: "exported"; xliff: string; units: number; translated: number } | { kind: "refused"; reason: string };

export async function exportContent(input: { slug: string; language: string }): Promise<ExportContentResult> {
  const read = await readConsultationContent(getDb(), input.slug, input.language);
  if (read.kind === "refused") return read;
  const { content } = read;
  const units = content.files.flatMap((file) => file.units);
  return {
    kind: "exported",
    xliff: writeXliff({
      srcLang: content.sourceLanguage,
      trgLang: input.language,
      files: content.files.map((file) => ({ id: file.id, units: file.units.map(({ id, source, target, notes }) => ({ id, source, target, notes })) })),
    }),
    units: units.length,
    translated: units.filter((unit) => unit.target !== null).length,
  };
}
