/**
 * The Word report (docx): the Markdown report's content — counts as a Word
 * table, the syntheses, the quotes with language, region, kind and month.
 *
 * Direction is decided per text: a quote by its language, the report's own
 * words by the exporting person's language, a synthesis by the script it is
 * written in (it carries no language of its own). Right-to-left text (Arabic,
 * Persian, Dari, Pashto …: textDirection) gets a bidirectional paragraph and
 * right-to-left runs, which is what makes Word lay it out and order it right;
 * `dir` on a page has no Word equivalent otherwise.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import MarkdownIt from "markdown-it";
import { textDirection } from "~/modules/i18n/config";
import { gatherReport, type ReportExportInput, type ReportContent } from "./report-content.server";
import { reportLabels, type ReportLabels } from "./report-labels.server";
import { recordExport } from "./record-export.server";

type Direction = "rtl" | "ltr";
type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** Arabic-script letters (Arabic, Persian, Pashto, Urdu) and Hebrew outnumbering Latin ones: the text reads right to left. */
export function scriptDirection(text: string): Direction {
  const rtl = (text.match(/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g) ?? []).length;
  const ltr = (text.match(/[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/g) ?? []).length;
  return rtl > ltr ? "rtl" : "ltr";
}

type RunStyle = { bold?: boolean; italics?: boolean };

function run(text: string, direction: Direction, style: RunStyle = {}): TextRun {
  return new TextRun({ text, ...(direction === "rtl" ? { rightToLeft: true } : {}), ...style });
}

function paragraph(children: TextRun[], direction: Direction, options: { heading?: Heading; bullet?: number; style?: string } = {}): Paragraph {
  // No explicit alignment: a bidirectional paragraph starts at the right by itself, and docx writes
  // jc "left"/"right" as absolute sides, which would pin Arabic to the wrong side in some readers.
  return new Paragraph({
    children,
    ...(direction === "rtl" ? { bidirectional: true } : {}),
    ...(options.heading ? { heading: options.heading } : {}),
    ...(options.bullet !== undefined ? { bullet: { level: options.bullet } } : {}),
    ...(options.style ? { style: options.style } : {}),
  });
}

const textParagraph = (text: string, direction: Direction, options?: Parameters<typeof paragraph>[2]) => paragraph([run(text, direction)], direction, options);

const markdown = new MarkdownIt({ html: false, linkify: false });
const headingLevels: Heading[] = [HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/**
 * A synthesis section's Markdown as Word paragraphs: headings, paragraphs,
 * list items, bold and italics; links keep their words (the address is
 * dropped: a report for drafters, not a web page). HTML is never read.
 */
function markdownParagraphs(source: string): Paragraph[] {
  const direction = scriptDirection(source);
  const tokens = markdown.parse(source, {});
  const out: Paragraph[] = [];
  let heading: Heading | undefined;
  let listDepth = -1;
  let inItem = false;
  for (const token of tokens) {
    if (token.type === "heading_open") heading = headingLevels[Math.min(Number(token.tag.slice(1)) - 1, 2)];
    else if (token.type === "heading_close") heading = undefined;
    else if (token.type === "bullet_list_open" || token.type === "ordered_list_open") listDepth++;
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") listDepth--;
    else if (token.type === "list_item_open") inItem = true;
    else if (token.type === "list_item_close") inItem = false;
    else if (token.type === "inline") {
      const style: RunStyle = {};
      const runs: TextRun[] = [];
      for (const child of token.children ?? []) {
        if (child.type === "strong_open") style.bold = true;
        else if (child.type === "strong_close") style.bold = false;
        else if (child.type === "em_open") style.italics = true;
        else if (child.type === "em_close") style.italics = false;
        else if (child.type === "text" || child.type === "code_inline") runs.push(run(child.content, direction, { ...style }));
        else if (child.type === "softbreak" || child.type === "hardbreak") runs.push(new TextRun({ text: "", break: 1, ...(direction === "rtl" ? { rightToLeft: true } : {}) }));
      }
      out.push(paragraph(runs, direction, { heading, bullet: inItem && listDepth >= 0 ? listDepth : undefined }));
    } else if (token.type === "fence" || token.type === "code_block") {
      out.push(textParagraph(token.content.trimEnd(), direction));
    }
  }
  return out;
}

function cell(text: string, direction: Direction, header = false): TableCell {
  return new TableCell({ children: [paragraph([run(text, direction, { bold: header })], direction)] });
}

export function reportDocument(content: ReportContent, labels: ReportLabels): Document {
  const own = textDirection(labels.language);
  const { region } = content;
  const children: Array<Paragraph | Table> = [
    textParagraph(region.title, own, { heading: HeadingLevel.TITLE }),
    textParagraph(labels.kRule(content.k), own),
  ];
  const filters = labels.filters(content.filters, content.theme);
  if (filters) children.push(textParagraph(filters, own));

  children.push(textParagraph(labels.text.countsHeading, own, { heading: HeadingLevel.HEADING_1 }));
  const rows = [
    new TableRow({ tableHeader: true, children: [cell(labels.text.themeColumn, own, true), cell(labels.region(region), own, true)] }),
    ...content.counts.rows.map((row) => new TableRow({ children: [cell(labels.theme(row.theme), own, true), cell(labels.count(row.count), own)] })),
    ...(content.counts.total ? [new TableRow({ children: [cell(labels.text.allContributions, own, true), cell(labels.count(content.counts.total), own)] })] : []),
  ];
  children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, visuallyRightToLeft: own === "rtl" }));
  children.push(paragraph([run(labels.text.countsCaption, own, { italics: true })], own));
  if (!content.counts.total) children.push(textParagraph(labels.text.noTotals, own));

  const { selfDescription } = content;
  if (selfDescription.dimensions.length > 0) {
    children.push(
      textParagraph(labels.text.selfDescriptionHeading, own, { heading: HeadingLevel.HEADING_1 }),
      textParagraph(labels.selfDescriptionIntro(content.k), own),
      textParagraph(labels.text.selfDescriptionNotCounted, own),
    );
    if (selfDescription.byLanguageOrKind) children.push(textParagraph(labels.text.selfDescriptionByLanguageOrKind, own));
    for (const { dimension, rows } of selfDescription.dimensions) {
      children.push(textParagraph(labels.dimension(dimension), own, { heading: HeadingLevel.HEADING_2 }));
      const tableRows = [
        new TableRow({ tableHeader: true, children: [cell(labels.text.selfDescriptionValueColumn, own, true), cell(labels.region(region), own, true)] }),
        ...rows.map((row) => new TableRow({ children: [cell(labels.dimensionValue(dimension, row.value), own, true), cell(labels.count(row.count), own)] })),
      ];
      children.push(new Table({ rows: tableRows, width: { size: 100, type: WidthType.PERCENTAGE }, visuallyRightToLeft: own === "rtl" }));
      children.push(paragraph([run(labels.selfDescriptionCaption(dimension), own, { italics: true })], own));
    }
  }

  children.push(textParagraph(labels.text.synthesesHeading, own, { heading: HeadingLevel.HEADING_1 }));
  if (content.syntheses.length === 0) children.push(textParagraph(labels.text.noSyntheses, own));
  for (const synthesis of content.syntheses) {
    children.push(textParagraph(labels.synthesisHeading(synthesis), own, { heading: HeadingLevel.HEADING_2 }));
    for (const section of ["said", "change", "emerging"] as const) {
      const body = synthesis.markdown[section].trim();
      if (!body) continue;
      children.push(textParagraph(labels.text[section], own, { heading: HeadingLevel.HEADING_3 }), ...markdownParagraphs(body));
    }
  }

  children.push(textParagraph(labels.text.quotesHeading, own, { heading: HeadingLevel.HEADING_1 }), textParagraph(labels.text.quotesIntro, own));
  if (content.quotes.length === 0) children.push(textParagraph(labels.text.noQuotes, own));
  for (const quote of content.quotes) {
    const direction = textDirection(quote.language);
    for (const line of quote.text.split(/\r?\n/)) children.push(paragraph([run(line, direction)], direction, { style: "Quote" }));
    children.push(paragraph([run(`— ${labels.quoteFrom(quote, region)}`, own, { italics: true })], own));
  }

  return new Document({
    title: region.title,
    // No creator or company: the file carries nothing about who made it (the audit log does).
    creator: "Convene",
    styles: { paragraphStyles: [{ id: "Quote", name: "Quote", basedOn: "Normal", run: { italics: false }, paragraph: { indent: { start: 720 } } }] },
    sections: [{ children }],
  });
}

export async function exportWord(input: ReportExportInput): Promise<{ file: Buffer; quotes: number }> {
  const content = await gatherReport(input);
  const file = await Packer.toBuffer(reportDocument(content, reportLabels(input.t, input.language)));
  await recordExport({
    actorId: input.actorId,
    consultationId: input.region.consultationId,
    organisationId: input.organisationId,
    format: "word",
    filters: input.filters,
    theme: input.theme,
    answerIds: content.quotes.map((quote) => quote.answerId),
    counts: { quotes: content.quotes.length, syntheses: content.syntheses.length },
  });
  return { file, quotes: content.quotes.length };
}
