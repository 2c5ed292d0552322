/**
 * The draft-document file drafters hand over (`npm run admin -- import-draft`)
 * and that `export-draft` prints: JSON, or a Markdown form of the same
 * content that is easier to write by hand. Both are read into one shape and
 * checked by one validator, and every problem is reported with the line it
 * is on, so a drafter can fix the file without a developer.
 *
 * JSON:
 *   {
 *     "format": "convene-draft/1",
 *     "document": { "slug": "gender-persecution-principles", "title": "Draft Principles …" },
 *     "version": 2,                                   (optional: next number when left out)
 *     "principles": [
 *       { "number": 1, "theme": "prevention", "describesViolence": false,
 *         "text": { "en": { "title": "…", "body": "…" }, "es": { "title": "…", "body": "…" } } }
 *     ]
 *   }
 *
 * Markdown:
 *   # Draft Principles …                 (the document's title)
 *   document: gender-persecution-principles
 *   version: 2                           (optional)
 *
 *   ## Principle 1
 *   theme: prevention
 *   content note: no                     (yes when the text describes violence)
 *
 *   ### en: Recognise early warning signs
 *   Body paragraphs, until the next heading.
 *
 * No database here: this file only reads text.
 */
import type { Theme } from "~/generated/prisma/enums";
import { themes } from "~/modules/consultations/themes";

export const draftFileFormat = "convene-draft/1";

export type DraftFile = {
  document: { slug: string; title: string };
  version: number | null;
  principles: Array<{
    number: number;
    theme: Theme;
    describesViolence: boolean;
    text: Record<string, { title: string; body: string }>;
  }>;
};

/** `line` is null for a problem outside the file (an unknown organisation or consultation). */
export type DraftFileProblem = { line: number | null; message: string };

/** `versionLine`: where the file names its version, to point at it if that version exists already. */
export type DraftFileResult = { ok: true; draft: DraftFile; versionLine: number } | { ok: false; problems: DraftFileProblem[] };

type Path = ReadonlyArray<string | number>;
const pathKey = (path: Path) => JSON.stringify(path);

/** Where each value of a parsed file starts, by its path ("principles", 2, "theme"). */
class LineMap {
  private readonly lines = new Map<string, number>();
  set(path: Path, line: number) {
    this.lines.set(pathKey(path), line);
  }
  /** The line of the value at `path`, or of its nearest parent that has one. */
  of(path: Path): number {
    for (let length = path.length; length >= 0; length--) {
      const line = this.lines.get(pathKey(path.slice(0, length)));
      if (line !== undefined) return line;
    }
    return 1;
  }
}

class FileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------- JSON, with the line of every value

/**
 * A small JSON reader that remembers the line each value starts on, which
 * JSON.parse cannot tell. It also refuses duplicate keys, which JSON.parse
 * silently resolves by keeping the last one.
 */
function readJson(source: string): { value: unknown; lines: LineMap } {
  const lines = new LineMap();
  let position = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new FileError(line, message);
  };
  const skipSpace = () => {
    while (position < source.length) {
      const char = source[position];
      if (char === "\n") line++;
      else if (char !== " " && char !== "\t" && char !== "\r") break;
      position++;
    }
  };
  const describe = (char: string | undefined) => (char === undefined ? "the end of the file" : `"${char}"`);

  const readString = (): string => {
    position++; // opening quote
    let result = "";
    while (position < source.length) {
      const char = source[position]!;
      if (char === '"') {
        position++;
        return result;
      }
      if (char === "\n") fail("a text value is not closed with \" before the end of the line");
      if (char === "\\") {
        const next = source[position + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (next !== undefined && next in simple) {
          result += simple[next];
          position += 2;
          continue;
        }
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(source.slice(position + 2, position + 6))) {
          result += String.fromCharCode(parseInt(source.slice(position + 2, position + 6), 16));
          position += 6;
          continue;
        }
        fail(`unknown escape "\\${next ?? ""}" in a text value`);
      }
      result += char;
      position++;
    }
    return fail("a text value is not closed with \"");
  };

  const readValue = (path: Path): unknown => {
    skipSpace();
    lines.set(path, line);
    const char = source[position];
    if (char === "{") {
      position++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (source[position] === "}") {
        position++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (source[position] !== '"') fail(`expected a name in quotes, found ${describe(source[position])}`);
        const keyLine = line;
        const key = readString();
        if (Object.hasOwn(object, key)) throw new FileError(keyLine, `"${key}" appears twice`);
        skipSpace();
        if (source[position] !== ":") fail(`expected ":" after "${key}", found ${describe(source[position])}`);
        position++;
        object[key] = readValue([...path, key]);
        // A missing comma is usually at the end of the value's own line, not where the next name starts.
        const valueEndLine = line;
        skipSpace();
        if (source[position] === ",") {
          position++;
          continue;
        }
        if (source[position] === "}") {
          position++;
          return object;
        }
        throw new FileError(valueEndLine, `expected "," or "}" after the value of "${key}", found ${describe(source[position])}`);
      }
    }
    if (char === "[") {
      position++;
      const array: unknown[] = [];
      skipSpace();
      if (source[position] === "]") {
        position++;
        return array;
      }
      for (;;) {
        array.push(readValue([...path, array.length]));
        const valueEndLine = line;
        skipSpace();
        if (source[position] === ",") {
          position++;
          continue;
        }
        if (source[position] === "]") {
          position++;
          return array;
        }
        throw new FileError(valueEndLine, `expected "," or "]" in a list, found ${describe(source[position])}`);
      }
    }
    if (char === '"') return readString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(position));
    if (literal) {
      position += literal[0].length;
      const word = literal[0];
      return word === "true" ? true : word === "false" ? false : word === "null" ? null : Number(word);
    }
    return fail(`expected a value, found ${describe(char)}`);
  };

  const value = readValue([]);
  skipSpace();
  if (position < source.length) fail(`unexpected ${describe(source[position])} after the end of the document`);
  return { value, lines };
}

// ---------------------------------------------------------------- Markdown, into the same shape

const markdownKeys = { documentSlug: /^document\s*:\s*(.*)$/i, version: /^version\s*:\s*(.*)$/i };

function readMarkdown(source: string): { value: unknown; lines: LineMap } {
  const lines = new LineMap();
  const rows = source.split(/\r?\n/);
  const document: Record<string, unknown> = {};
  const root: Record<string, unknown> = { format: draftFileFormat, document, principles: [] as unknown[] };
  const principles = root.principles as Array<Record<string, unknown>>;
  lines.set([], 1);
  lines.set(["principles"], 1);
  let principle: Record<string, unknown> | null = null;
  let translation: { language: string; title: string; body: string[]; line: number } | null = null;
  let seenTitle = false;

  const finishTranslation = () => {
    if (!principle || !translation) return;
    const text = principle.text as Record<string, unknown>;
    const index = principles.length - 1;
    if (Object.hasOwn(text, translation.language)) {
      throw new FileError(translation.line, `principle ${String(principle.number)} has two "${translation.language}" texts`);
    }
    // Blank lines around the body are layout; blank lines inside it separate paragraphs.
    const body = translation.body.join("\n").replace(/^\s*\n/, "").trim();
    text[translation.language] = { title: translation.title, body };
    lines.set(["principles", index, "text", translation.language], translation.line);
    lines.set(["principles", index, "text", translation.language, "title"], translation.line);
    lines.set(["principles", index, "text", translation.language, "body"], translation.line + 1);
    translation = null;
  };

  for (const [index, raw] of rows.entries()) {
    const lineNumber = index + 1;
    const row = raw.trimEnd();
    if (translation && !/^#+\s/.test(row)) {
      translation.body.push(row);
      continue;
    }
    if (/^\s*$/.test(row) || /^\s*<!--.*-->\s*$/.test(row)) continue;
    const heading = /^(#+)\s+(.*)$/.exec(row);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!.trim();
      finishTranslation();
      if (level === 1) {
        if (seenTitle) throw new FileError(lineNumber, 'only one "# " title line is allowed, at the top');
        seenTitle = true;
        document.title = text;
        lines.set(["document"], lineNumber);
        lines.set(["document", "title"], lineNumber);
        continue;
      }
      if (!seenTitle) throw new FileError(lineNumber, 'the file must start with "# <title of the draft document>"');
      if (level === 2) {
        const match = /^principle\s+(\S+)$/i.exec(text);
        if (!match) throw new FileError(lineNumber, 'expected "## Principle <number>"');
        const numberText = match[1]!;
        principle = { number: /^\d+$/.test(numberText) ? Number(numberText) : numberText, text: {} };
        principles.push(principle);
        const at = principles.length - 1;
        lines.set(["principles", at], lineNumber);
        lines.set(["principles", at, "number"], lineNumber);
        lines.set(["principles", at, "text"], lineNumber);
        continue;
      }
      if (level === 3) {
        if (!principle) throw new FileError(lineNumber, 'a "### <language>: <title>" heading must come after "## Principle <number>"');
        const match = /^([^:\s]+)\s*:\s*(.*)$/.exec(text);
        if (!match) throw new FileError(lineNumber, 'expected "### <language code>: <title>", for example "### en: Recognise early warning signs"');
        translation = { language: match[1]!, title: match[2]!.trim(), body: [], line: lineNumber };
        continue;
      }
      throw new FileError(lineNumber, "headings deeper than ### are not used in a draft file");
    }
    const pair = /^([^:]+):\s*(.*)$/.exec(row.trim());
    if (!principle) {
      if (!seenTitle) throw new FileError(lineNumber, 'the file must start with "# <title of the draft document>"');
      const slug = markdownKeys.documentSlug.exec(row.trim());
      const version = markdownKeys.version.exec(row.trim());
      if (slug) {
        document.slug = slug[1]!.trim();
        lines.set(["document", "slug"], lineNumber);
      } else if (version) {
        const value = version[1]!.trim();
        root.version = /^\d+$/.test(value) ? Number(value) : value;
        lines.set(["version"], lineNumber);
      } else {
        throw new FileError(lineNumber, 'expected "document: <address>", "version: <number>" or "## Principle <number>"');
      }
      continue;
    }
    const at = principles.length - 1;
    const key = pair?.[1]?.trim().toLowerCase();
    const value = pair?.[2]?.trim() ?? "";
    if (key === "theme") {
      principle.theme = value;
      lines.set(["principles", at, "theme"], lineNumber);
    } else if (key === "content note") {
      const yes = /^(yes|true)$/i.test(value);
      const no = /^(no|false)$/i.test(value);
      principle.describesViolence = yes ? true : no ? false : value;
      lines.set(["principles", at, "describesViolence"], lineNumber);
    } else {
      throw new FileError(lineNumber, 'expected "theme: …", "content note: yes|no" or "### <language>: <title>"');
    }
  }
  finishTranslation();
  if (!seenTitle) throw new FileError(1, 'the file must start with "# <title of the draft document>"');
  return { value: root, lines };
}

// ---------------------------------------------------------------- one validator for both

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const languagePattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function validate(raw: unknown, lines: LineMap): DraftFileResult {
  const problems: DraftFileProblem[] = [];
  const problem = (path: Path, message: string) => problems.push({ line: lines.of(path), message });
  const unknownKeys = (value: Record<string, unknown>, path: Path, allowed: string[]) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) problem([...path, key], `unknown field "${key}" (expected ${allowed.map((name) => `"${name}"`).join(", ")})`);
    }
  };
  const text = (value: unknown, path: Path, what: string, max: number, required: boolean): string => {
    if (typeof value !== "string") {
      problem(path, `${what} must be text`);
      return "";
    }
    const trimmed = value.trim();
    if (required && !trimmed) problem(path, `${what} is empty`);
    if (trimmed.length > max) problem(path, `${what} is longer than ${max} characters`);
    return trimmed;
  };

  if (!isObject(raw)) return { ok: false, problems: [{ line: lines.of([]), message: "the file must be one JSON object" }] };
  unknownKeys(raw, [], ["format", "document", "version", "principles"]);
  if (raw.format !== draftFileFormat) problem(["format"], `"format" must be "${draftFileFormat}"`);

  const document = { slug: "", title: "" };
  if (!isObject(raw.document)) {
    problem(["document"], '"document" must give the document\'s "slug" and "title"');
  } else {
    unknownKeys(raw.document, ["document"], ["slug", "title"]);
    document.slug = text(raw.document.slug, ["document", "slug"], "the document's address (slug)", 60, true);
    if (document.slug && !slugPattern.test(document.slug)) {
      problem(["document", "slug"], "the document's address may only use lower-case letters, digits and single dashes");
    }
    document.title = text(raw.document.title, ["document", "title"], "the document's title", 300, true);
  }

  let version: number | null = null;
  if (raw.version !== undefined && raw.version !== null) {
    if (typeof raw.version !== "number" || !Number.isInteger(raw.version) || raw.version < 1) {
      problem(["version"], '"version" must be a whole number from 1');
    } else version = raw.version;
  }

  const principles: DraftFile["principles"] = [];
  if (!Array.isArray(raw.principles) || raw.principles.length === 0) {
    problem(["principles"], "the file has no principles");
  } else {
    const numbers = new Map<number, number>();
    raw.principles.forEach((entry: unknown, index: number) => {
      const path = ["principles", index];
      if (!isObject(entry)) {
        problem(path, "each principle must be an object");
        return;
      }
      unknownKeys(entry, path, ["number", "theme", "describesViolence", "text"]);
      const number = entry.number;
      if (typeof number !== "number" || !Number.isInteger(number) || number < 1 || number > 999) {
        problem([...path, "number"], "a principle's number must be a whole number from 1 to 999");
      } else if (numbers.has(number)) {
        problem([...path, "number"], `principle ${number} appears twice (first on line ${numbers.get(number)})`);
      } else numbers.set(number, lines.of([...path, "number"]));
      const theme = entry.theme;
      if (typeof theme !== "string" || !(themes as readonly string[]).includes(theme)) {
        problem([...path, "theme"], `the theme must be one of ${themes.join(", ")}${typeof theme === "string" ? ` (found "${theme}")` : ""}`);
      }
      const violence = entry.describesViolence ?? false;
      if (typeof violence !== "boolean") problem([...path, "describesViolence"], "the content note must be yes or no (true or false)");
      const texts: Record<string, { title: string; body: string }> = {};
      if (!isObject(entry.text) || Object.keys(entry.text).length === 0) {
        problem([...path, "text"], "a principle needs its text in at least one language");
      } else {
        for (const [language, value] of Object.entries(entry.text)) {
          const textPath = [...path, "text", language];
          if (!languagePattern.test(language)) problem(textPath, `"${language}" is not a language code such as en, es, fr or ar`);
          if (!isObject(value)) {
            problem(textPath, `the "${language}" text must give a "title" and a "body"`);
            continue;
          }
          unknownKeys(value, textPath, ["title", "body"]);
          texts[language] = {
            title: text(value.title, [...textPath, "title"], `the "${language}" title`, 300, true),
            body: text(value.body ?? "", [...textPath, "body"], `the "${language}" text`, 8000, false),
          };
        }
      }
      principles.push({ number: Number(number), theme: theme as Theme, describesViolence: violence === true, text: texts });
    });
  }

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  return {
    ok: true,
    draft: { document, version, principles: principles.sort((a, b) => a.number - b.number) },
    versionLine: lines.of(["version"]),
  };
}

/**
 * Reads a draft file. The format follows the file name (.json, .md or
 * .markdown), or the content when the name says nothing. Problems come
 * back sorted by line, the first bad line first.
 */
export function parseDraftFile(source: string, fileName = ""): DraftFileResult {
  const text = source.replace(/^\uFEFF/, "");
  const looksJson = /\.json$/i.test(fileName) || (!/\.(md|markdown)$/i.test(fileName) && text.trimStart().startsWith("{"));
  try {
    const { value, lines } = looksJson ? readJson(text) : readMarkdown(text);
    return validate(value, lines);
  } catch (error) {
    if (error instanceof FileError) return { ok: false, problems: [{ line: error.line, message: error.message }] };
    throw error;
  }
}

/** The JSON form of a draft, as `export-draft` prints it and `import-draft` reads it. */
export function draftFileJson(draft: DraftFile): string {
  const file = {
    format: draftFileFormat,
    document: draft.document,
    ...(draft.version === null ? {} : { version: draft.version }),
    principles: draft.principles.map((principle) => ({
      number: principle.number,
      theme: principle.theme,
      describesViolence: principle.describesViolence,
      text: principle.text,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
