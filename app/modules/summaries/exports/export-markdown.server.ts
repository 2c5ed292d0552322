/**
 * The Markdown report of one consultation (or one theme of it, ?theme=):
 * title, the k rule, the counts by theme (the page's protected numbers, in
 * the page's words), the published syntheses (their Markdown source) and
 * the quotes the page shows, each with language, region, kind and month.
 *
 * Participants' words are escaped, so a quote stays a quote in whatever
 * renders the file: no heading, link, image or HTML made out of someone's
 * answer. The syntheses are facilitators' Markdown and stay Markdown.
 */
import { gatherReport, type ReportExportInput, type ReportContent } from "./report-content.server";
import { reportLabels, type ReportLabels } from "./report-labels.server";
import { recordExport } from "./record-export.server";

/**
 * Backslash-escapes what Markdown (CommonMark, GFM tables) would read as
 * markup: emphasis, code, links, HTML, entities, table pipes anywhere, and
 * headings, lists and rules at the start of a line. Plain punctuation stays
 * as it is, so the file still reads well as text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#>+=-])/gm, (_match, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*\d+)([.)])/gm, (_match, number: string, marker: string) => `${number}\\${marker}`);
}

function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join("\n");
}

export function reportMarkdown(content: ReportContent, labels: ReportLabels): string {
  const { region } = content;
  const lines: string[] = [`# ${escapeMarkdown(region.title)}`, "", labels.kRule(content.k), ""];
  const filters = labels.filters(content.filters, content.theme);
  if (filters) lines.push(escapeMarkdown(filters), "");

  lines.push(`## ${labels.text.countsHeading}`, "");
  lines.push(`| ${labels.text.themeColumn} | ${escapeMarkdown(labels.region(region))} |`, "| --- | ---: |");
  for (const row of content.counts.rows) lines.push(`| ${labels.theme(row.theme)} | ${labels.count(row.count)} |`);
  if (content.counts.total) lines.push(`| ${labels.text.allContributions} | ${labels.count(content.counts.total)} |`);
  lines.push("", `*${labels.text.countsCaption}*`, "");
  if (!content.counts.total) lines.push(labels.text.noTotals, "");

  const { selfDescription } = content;
  if (selfDescription.dimensions.length > 0) {
    lines.push(`## ${labels.text.selfDescriptionHeading}`, "", labels.selfDescriptionIntro(content.k), "", labels.text.selfDescriptionNotCounted, "");
    if (selfDescription.byLanguageOrKind) lines.push(labels.text.selfDescriptionByLanguageOrKind, "");
    for (const { dimension, rows } of selfDescription.dimensions) {
      lines.push(`### ${labels.dimension(dimension)}`, "");
      lines.push(`| ${labels.text.selfDescriptionValueColumn} | ${escapeMarkdown(labels.region(region))} |`, "| --- | ---: |");
      for (const row of rows) lines.push(`| ${labels.dimensionValue(dimension, row.value)} | ${labels.count(row.count)} |`);
      lines.push("", `*${labels.selfDescriptionCaption(dimension)}*`, "");
    }
  }

  lines.push(`## ${labels.text.synthesesHeading}`, "");
  if (content.syntheses.length === 0) lines.push(labels.text.noSyntheses, "");
  for (const synthesis of content.syntheses) {
    lines.push(`### ${labels.synthesisHeading(synthesis)}`, "");
    for (const section of ["said", "change", "emerging"] as const) {
      const body = synthesis.markdown[section].trim();
      if (!body) continue;
      // The synthesis's own headings sit below this report's: "#" becomes "#####".
      lines.push(`#### ${labels.text[section]}`, "", body.replace(/^(#{1,2})(?=\s)/gm, "#####"), "");
    }
  }

  lines.push(`## ${labels.text.quotesHeading}`, "", labels.text.quotesIntro, "");
  if (content.quotes.length === 0) lines.push(labels.text.noQuotes, "");
  for (const quote of content.quotes) {
    lines.push(quoteBlock(quote.text), ">", `> — ${escapeMarkdown(labels.quoteFrom(quote, region))}`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

export async function exportMarkdown(input: ReportExportInput): Promise<{ file: string; quotes: number }> {
  const content = await gatherReport(input);
  const file = reportMarkdown(content, reportLabels(input.t, input.language));
  await recordExport({
    actorId: input.actorId,
    consultationId: input.region.consultationId,
    organisationId: input.organisationId,
    format: "markdown",
    filters: input.filters,
    theme: input.theme,
    answerIds: content.quotes.map((quote) => quote.answerId),
    counts: { quotes: content.quotes.length, syntheses: content.syntheses.length },
  });
  return { file, quotes: content.quotes.length };
}
