/**
 * The two codebook downloads share one shape: gate, export (audited), and a
 * file with the consultation's slug in its name, never cached.
 */
import type { Theme } from "~/generated/prisma/enums";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { exportCodebook, type CodebookFormat } from "~/modules/codebook/export-codebook.server";
import { detectLanguage, fixedTranslator } from "./i18n.server";
import { requireFacilitatorConsultation } from "./require-facilitator-consultation.server";

const contentTypes: Record<CodebookFormat, string> = { csv: "text/csv; charset=utf-8", qdc: "application/xml; charset=utf-8" };

export async function codebookDownload(request: Request, slug: string, format: CodebookFormat): Promise<Response> {
  const { actor, consultationId, organisationIds } = await requireFacilitatorConsultation(request, slug);
  const language = await detectLanguage(request);
  const t = fixedTranslator(language);
  const file = await exportCodebook({
    consultationId,
    organisationId: organisationIds[0] ?? null,
    actorId: actor.staffUserId,
    format,
    language,
    labels: {
      theme: (theme: Theme) => t(themeLabelKeys[theme]),
      principle: (number, title) => t("workspace:codebook.export.principle", { number, title }),
      headings: {
        kind: t("workspace:codebook.export.kind"),
        code: t("workspace:codebook.export.code"),
        name: t("workspace:codebook.export.name"),
        description: t("workspace:codebook.export.description"),
        answers: t("workspace:codebook.export.answers"),
      },
      groups: {
        themes: t("workspace:codebook.themesHeading"),
        principles: t("workspace:codebook.principlesHeading"),
        emerging: t("workspace:codebook.emergingHeading"),
      },
      kinds: {
        theme: t("workspace:codebook.export.theme"),
        principle: t("workspace:codebook.export.principleKind"),
        emerging: t("workspace:codebook.export.emerging"),
      },
    },
  });
  const safeSlug = slug.replace(/[^A-Za-z0-9_-]/g, "");
  return new Response(file, {
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="codebook-${safeSlug}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
