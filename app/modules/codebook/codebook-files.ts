/**
 * The codebook as files researchers can open: CSV (one row per code) and
 * the REFI-QDA Codebook exchange format (.qdc, namespace
 * urn:QDA-XML:codebook:1.0), which QualCoder, NVivo, ATLAS.ti and MAXQDA
 * import. Pure: names and counts in, text out.
 */
import { createHash } from "node:crypto";
import type { Theme } from "~/generated/prisma/enums";
import type { Codebook } from "./get-codebook.server";

export type CodebookLabels = {
  theme: (theme: Theme) => string;
  principle: (number: number, title: string) => string;
  /** The column headings and group names, in the exporting person's language. */
  headings: { kind: string; code: string; name: string; description: string; answers: string };
  groups: { themes: string; principles: string; emerging: string };
  kinds: { theme: string; principle: string; emerging: string };
};

type Row = { kind: string; code: string; name: string; description: string; answers: number; guid: string; color: string };

/** A stable GUID for a code with no row id of its own (a fixed theme), so re-exports match up in the researcher's tool. */
function derivedGuid(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  // Shaped as a version-5-like UUID: the schema only asks for the 8-4-4-4-12 hex form.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const themeColors: Record<Theme, string> = { prevention: "#1F77B4", protection: "#D62728", participation: "#2CA02C", recovery: "#9467BD" };

function rowsOf(consultationId: string, codebook: Codebook, labels: CodebookLabels) {
  const themes: Row[] = codebook.themes.map((entry) => ({
    kind: labels.kinds.theme,
    code: entry.theme,
    name: labels.theme(entry.theme),
    description: "",
    answers: entry.answers,
    guid: derivedGuid("convene-theme", consultationId, entry.theme),
    color: themeColors[entry.theme],
  }));
  const principles: Row[] = codebook.principles.map((entry) => ({
    kind: labels.kinds.principle,
    code: `P${entry.number}`,
    name: labels.principle(entry.number, entry.title),
    description: entry.description,
    answers: entry.answers,
    guid: entry.id,
    color: "#7F7F7F",
  }));
  const emerging: Row[] = codebook.emerging.map((entry) => ({
    kind: labels.kinds.emerging,
    code: entry.id,
    name: entry.name,
    description: entry.description,
    answers: entry.answers,
    guid: entry.id,
    color: "#FF7F0E",
  }));
  return { themes, principles, emerging };
}

/** One CSV cell: quoted, and a leading = + - @ made inert so a spreadsheet never runs it as a formula. */
function csvCell(value: string | number): string {
  const text = String(value);
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${inert.replace(/"/g, '""')}"`;
}

export function codebookCsv(consultationId: string, codebook: Codebook, labels: CodebookLabels): string {
  const { themes, principles, emerging } = rowsOf(consultationId, codebook, labels);
  const { headings } = labels;
  const lines = [
    [headings.kind, headings.code, headings.name, headings.description, headings.answers],
    ...[...themes, ...principles, ...emerging].map((row) => [row.kind, row.code, row.name, row.description, row.answers]),
  ].map((cells) => cells.map(csvCell).join(","));
  // A byte-order mark, so a spreadsheet opens Arabic and accented names as UTF-8.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot hold at all are dropped rather than making the file unreadable.
    // eslint-disable-next-line no-control-regex -- naming the control characters XML forbids is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "");
}

function codeElement(row: Pick<Row, "guid" | "name" | "description" | "color">, isCodable: boolean, children: readonly Row[], indent: string): string {
  const open = `${indent}<Code guid="${row.guid}" name="${xmlEscape(row.name)}" isCodable="${isCodable}" color="${row.color}">`;
  const description = row.description ? `\n${indent}  <Description>${xmlEscape(row.description)}</Description>` : "";
  const nested = children.map((child) => `\n${codeElement(child, true, [], `${indent}  `)}`).join("");
  return `${open}${description}${nested}\n${indent}</Code>`;
}

/** The REFI-QDA codebook: three groups (not codable themselves) holding the codes. */
export function codebookQdc(consultationId: string, codebook: Codebook, labels: CodebookLabels): string {
  const { themes, principles, emerging } = rowsOf(consultationId, codebook, labels);
  const groups = [
    { guid: derivedGuid("convene-group", consultationId, "themes"), name: labels.groups.themes, rows: themes },
    { guid: derivedGuid("convene-group", consultationId, "principles"), name: labels.groups.principles, rows: principles },
    { guid: derivedGuid("convene-group", consultationId, "emerging"), name: labels.groups.emerging, rows: emerging },
  ];
  const codes = groups
    .map((group) => codeElement({ guid: group.guid, name: group.name, description: "", color: "#000000" }, false, group.rows, "    "))
    .join("\n");
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd" origin="Convene">`,
    `  <Codes>`,
    codes,
    `  </Codes>`,
    `</CodeBook>`,
    "",
  ].join("\n");
}
