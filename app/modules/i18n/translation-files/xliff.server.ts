/**
 * XLIFF 2.0 (urn:oasis:names:tc:xliff:document:2.0), the exchange format
 * partner organisations' translators work in: one <file> per group of
 * strings, one <unit> per string, the English (or the consultation's own
 * language) in <source>, the translation in <target>, context in <notes>.
 * Written and read with fast-xml-parser (docs/decisions.md, "Translation
 * files"); its metadata gives each element's offset, so a refusal can name
 * the line a translator has to look at.
 *
 * Markup inside strings (<strong>, <0>…</0>) is written as escaped text, not
 * as XLIFF inline elements: the strings are i18next's own and go back into
 * JSON exactly as they are, and every CAT tool shows escaped tags as text.
 */
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";

export const xliffNamespace = "urn:oasis:names:tc:xliff:document:2.0";

export type XliffUnit = { id: string; source: string; target: string | null; notes: string[] };
export type XliffFile = { id: string; units: XliffUnit[] };
export type XliffDocument = { srcLang: string; trgLang: string; files: XliffFile[] };

export type ReadUnit = { id: string; line: number; source: string; target: string | null; targetLine: number };
export type ReadFile = { id: string; line: number; units: ReadUnit[] };
export type ReadDocument = { srcLang: string; trgLang: string; files: ReadFile[] };

/** A refusal: the first bad line and why. The reason never quotes the text itself. */
export type Refusal = { line: number | null; reason: string };

export class RefusedTranslation extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.line === null ? refusal.reason : `line ${refusal.line}: ${refusal.reason}`);
  }
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: false,
});

export function writeXliff(document: XliffDocument): string {
  const tree = {
    xliff: {
      "@_xmlns": xliffNamespace,
      "@_version": "2.0",
      "@_srcLang": document.srcLang,
      "@_trgLang": document.trgLang,
      file: document.files.map((file) => ({
        "@_id": file.id,
        unit: file.units.map((unit) => ({
          "@_id": unit.id,
          ...(unit.notes.length > 0 ? { notes: { note: unit.notes.map((note) => ({ "@_category": "context", "#text": note })) } } : {}),
          // xml:space keeps leading and trailing spaces and line breaks as they are.
          segment: { "@_xml:space": "preserve", source: unit.source, ...(unit.target === null ? {} : { target: unit.target }) },
        })),
      })),
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(tree)}`;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  captureMetaData: true,
  isArray: (name) => ["file", "unit", "segment", "note", "source", "target"].includes(name),
});
// Typed as the wrapper object `Symbol`; it is a symbol.
const metadata = XMLParser.getMetaDataSymbol() as unknown as symbol;

type Node = Record<string | symbol, unknown>;

/** Line numbers by offset: the start of every line, searched by halves (a locale file has thousands of units). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function offsetOf(node: unknown): number {
  const meta = (node as Node | undefined)?.[metadata] as { startIndex?: number } | undefined;
  return meta?.startIndex ?? 0;
}

/** The text of a <source>/<target>: a string, or null when it holds elements (markup a tool turned into XML). */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).filter((key) => !key.startsWith("@_"));
    if (keys.length === 0) return "";
    if (keys.length === 1 && keys[0] === "#text") return String((value as Node)["#text"]);
  }
  return null;
}

/**
 * Reads an XLIFF 2.0 file, or refuses it with the line of the first
 * problem: malformed XML, not XLIFF 2.0, a unit without one segment, a
 * duplicate id, markup turned into elements.
 */
export function readXliff(text: string): { ok: true; document: ReadDocument } | { ok: false; refusal: Refusal } {
  const refuse = (line: number | null, reason: string) => ({ ok: false as const, refusal: { line, reason } });
  const valid = XMLValidator.validate(text);
  if (valid !== true) return refuse(valid.err.line, `malformed XML: ${valid.err.msg}`);
  const tree = parser.parse(text) as Node;
  const lineAt = (_text: string, offset: number) => lines(offset);
  const lines = lineIndex(text);
  const root = tree.xliff as Node | undefined;
  if (!root || typeof root !== "object") return refuse(1, "not an XLIFF file: no <xliff> element");
  const rootLine = lineAt(text, offsetOf(root));
  if (root["@_xmlns"] !== xliffNamespace || root["@_version"] !== "2.0") {
    return refuse(rootLine, `not XLIFF 2.0: <xliff> needs version="2.0" and xmlns="${xliffNamespace}"`);
  }
  const srcLang = root["@_srcLang"];
  const trgLang = root["@_trgLang"];
  if (typeof srcLang !== "string" || typeof trgLang !== "string") return refuse(rootLine, "<xliff> needs srcLang and trgLang");
  const files: ReadFile[] = [];
  const seenFiles = new Set<string>();
  for (const fileNode of (root.file as Node[] | undefined) ?? []) {
    const fileLine = lineAt(text, offsetOf(fileNode));
    const fileId = fileNode["@_id"];
    if (typeof fileId !== "string") return refuse(fileLine, "a <file> has no id");
    if (seenFiles.has(fileId)) return refuse(fileLine, `file "${fileId}" appears twice`);
    seenFiles.add(fileId);
    const units: ReadUnit[] = [];
    const seenUnits = new Set<string>();
    for (const unitNode of (fileNode.unit as Node[] | undefined) ?? []) {
      const unitLine = lineAt(text, offsetOf(unitNode));
      const id = unitNode["@_id"];
      if (typeof id !== "string") return refuse(unitLine, "a <unit> has no id");
      if (seenUnits.has(id)) return refuse(unitLine, `unit "${id}" appears twice in file "${fileId}"`);
      seenUnits.add(id);
      const segments = (unitNode.segment as Node[] | undefined) ?? [];
      if (segments.length !== 1) return refuse(unitLine, `unit "${id}" must have exactly one <segment>`);
      const segment = segments[0]!;
      const sources = (segment.source as unknown[] | undefined) ?? [];
      const targets = (segment.target as unknown[] | undefined) ?? [];
      if (sources.length !== 1) return refuse(unitLine, `unit "${id}" must have exactly one <source>`);
      if (targets.length > 1) return refuse(unitLine, `unit "${id}" has more than one <target>`);
      const segmentOffset = offsetOf(segment);
      const targetOffset = text.indexOf("<target", segmentOffset);
      const targetLine = targets.length === 1 && targetOffset >= 0 ? lineAt(text, targetOffset) : unitLine;
      const source = textOf(sources[0]);
      const target = targets.length === 1 ? textOf(targets[0]) : null;
      if (source === null) return refuse(unitLine, `unit "${id}": the <source> holds XML elements; markup must stay as text`);
      if (targets.length === 1 && target === null) {
        return refuse(targetLine, `unit "${id}": broken markup: the <target> holds XML elements; keep tags as the source writes them`);
      }
      units.push({ id, line: unitLine, source, target, targetLine });
    }
    files.push({ id: fileId, line: fileLine, units });
  }
  return { ok: true, document: { srcLang, trgLang, files } };
}

const placeholderPattern = /\{\{\s*([^{}]+?)\s*\}\}|\$t\([^)]*\)/g;
const tagPattern = /<\/?([A-Za-z][A-Za-z0-9-]*|\d+)(?:\s[^<>]*)?\/?>/g;

/** {{name}} and $t(key) references, sorted: a translation keeps the same multiset. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => (match[1] ? `{{${match[1].trim()}}}` : match[0])).sort();
}

/** Tags as i18next's Trans and the templates write them (<0>…</0>, <strong>), normalised without attributes. */
export function tagsOf(text: string): string[] {
  return [...text.matchAll(tagPattern)].map((match) => (match[0].startsWith("</") ? `</${match[1]}>` : match[0].endsWith("/>") ? `<${match[1]}/>` : `<${match[1]}>`));
}

function tagName(tag: string): string {
  return tag.replace(/^<\/?|\/?>$/g, "");
}

function balanced(tags: readonly string[]): boolean {
  const open: string[] = [];
  for (const tag of tags) {
    if (tag.endsWith("/>")) continue;
    if (tag.startsWith("</")) {
      if (open.pop() !== tag.slice(2, -1)) return false;
    } else open.push(tag.slice(1, -1));
  }
  return open.length === 0;
}

function difference(wanted: readonly string[], found: readonly string[]): string[] {
  const left = [...found];
  const missing: string[] = [];
  for (const item of wanted) {
    const index = left.indexOf(item);
    if (index === -1) missing.push(item);
    else left.splice(index, 1);
  }
  return missing;
}

/**
 * Why a translation cannot replace its source, or null. `optionalPlaceholders`
 * may be left out (a plural form like Arabic "two" need not repeat {{count}}).
 */
export function translationProblem(source: string, target: string, optionalPlaceholders: readonly string[] = []): string | null {
  const wanted = placeholdersOf(source);
  const found = placeholdersOf(target);
  const missing = difference(wanted, found).filter((item) => !optionalPlaceholders.includes(item));
  if (missing.length > 0) return `missing placeholder ${missing.join(", ")} (the source has it; keep it exactly)`;
  const extra = difference(found, wanted);
  if (extra.length > 0) return `extra placeholder ${extra.join(", ")} (not in the source)`;
  // "<file>" in a sentence is a word, not markup: a tag counts as markup when
  // its name is closed somewhere in the string (or it closes itself).
  const markupNames = (tags: readonly string[]) => new Set(tags.filter((tag) => tag.startsWith("</") || tag.endsWith("/>")).map(tagName));
  const sourceTags = tagsOf(source);
  const targetTags = tagsOf(target);
  const names = new Set([...markupNames(sourceTags), ...markupNames(targetTags)]);
  const sourceMarkup = sourceTags.filter((tag) => names.has(tagName(tag)));
  const targetMarkup = targetTags.filter((tag) => names.has(tagName(tag)));
  if (!balanced(targetMarkup)) return "broken markup: the tags in the target are not balanced";
  if ([...sourceMarkup].sort().join(" ") !== [...targetMarkup].sort().join(" ")) {
    return `broken markup: the target's tags (${targetMarkup.join(" ") || "none"}) differ from the source's (${sourceMarkup.join(" ") || "none"})`;
  }
  return null;
}

/** A language tag in its canonical BCP 47 form ("fa-AF"), or null. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical === tag ? canonical : null;
  } catch {
    return null;
  }
}
