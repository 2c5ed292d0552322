/**
 * What the fuzz sends: fast-check arbitraries for request bodies no page of
 * ours would send (random and odd Unicode, invalid UTF-8, huge values,
 * repeated keys, JSON, multipart, random intents), built from the fields a
 * route's own page renders so many of them get past the first check; and a
 * raw sender that posts exact bytes from any loopback address.
 */
import { request as httpRequest } from "node:http";
import fc from "fast-check";
import { maxFieldCharacters } from "~/modules/forms/form-values";
import { maxBodyBytes } from "../../server/http";

/** The fields a page's forms carry: every name, with the values the page gives it (hidden values, buttons, options). */
export type PageFields = { names: string[]; valuesByName: Record<string, string[]>; intents: string[] };

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const decode = (value: string) => value.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (entity) => entities[entity] ?? entity);

/** Reads the field names and values out of a page's HTML (inputs, textareas, selects and their options, buttons). */
export function fieldsOfPage(html: string): PageFields {
  const valuesByName: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const add = (name: string, value: string) => (valuesByName[name] ??= []).includes(value) || valuesByName[name]!.push(value);
  for (const [tag] of html.matchAll(/<(?:input|button|textarea)\b[^>]*>/g)) {
    const name = tag.match(/\bname="([^"]*)"/)?.[1];
    if (name !== undefined) add(decode(name), decode(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? ""));
  }
  for (const [, name, options] of html.matchAll(/<select\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
    for (const [, value] of options!.matchAll(/<option\b[^>]*\bvalue="([^"]*)"/g)) add(decode(name!), decode(value!));
  }
  return { names: Object.keys(valuesByName), valuesByName, intents: valuesByName.intent ?? [] };
}

/** One POST as bytes on the wire. */
export type HostileRequest = { kind: string; contentType: string | null; body: Buffer };

const oddStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Eevil\u202C",
  "\u200F\u200E\u2066\u2069",
  "\uFEFF",
  "\uD800",
  "\uDFFF",
  "x\uDBFF",
  "\u{10FFFF}",
  "\r\n\t",
  "\n{\"level\":60}",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "99999999999999999999",
  "2147483648",
  "9007199254740993",
  "0x1F",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "toString",
  "' OR 1=1 --",
  "%00",
  "%E0%A4%A",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "00000000-0000-4000-8000-000000000000",
  "2030-02-30",
  "9999-12-31",
  "0000-00-00",
  "yes",
  "on",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** A field value: random text in every Unicode plane, odd strings and numbers. */
const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...oddStrings) },
  { weight: 1, arbitrary: fc.array(fc.oneof(loneSurrogate, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
);

/** A value near and over the per-field limit (and far over it, still within the body limit). */
const hugeValue: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(maxFieldCharacters - 1, maxFieldCharacters, maxFieldCharacters + 1, 100_000), fc.constantFrom("x", "é", "𝄞", "\u0000", " "))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Names many of our forms use, for routes whose page shows no form to read them from. */
const commonNames = ["confirm", "version", "versionId", "language", "title", "body", "text", "name", "code", "slug", "status", "organisationId", "idempotencyKey"];

/** A field name: mostly the page's own (so the schema sees them), sometimes made up. */
function fieldName(page: PageFields): fc.Arbitrary<string> {
  const own = page.names.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...page.names) }] : [];
  return fc.oneof(
    ...own,
    { weight: 1, arbitrary: fc.constant("intent") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "q.x.text", "answer.", "span.", "a[]", "a[0]", "") },
    { weight: 1, arbitrary: fc.constantFrom(...commonNames) },
  );
}

/** A value for a field: one the page offers for it, or anything. */
function valueFor(page: PageFields): (name: string) => fc.Arbitrary<string> {
  return (name) => {
    // Own properties only: a field named "constructor" is no Object method.
    const offered = Object.hasOwn(page.valuesByName, name) ? page.valuesByName[name]! : [];
    return offered.length > 0 ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...offered) }, { weight: 3, arbitrary: value }) : value;
  };
}

/** The intent: one the page sends, or an unknown, random or odd one. */
function intent(page: PageFields): fc.Arbitrary<string> {
  const own = page.intents.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...page.intents) }] : [];
  return fc.oneof(...own, { weight: 2, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom("delete-everything", "INTENT", "submit ", "__proto__") });
}

/**
 * A form's pairs: the page's own fields with their first offered values
 * (or not), random pairs before or after them — a name given twice
 * becomes a repeated key — and an intent, or none.
 */
function formPairs(page: PageFields): fc.Arbitrary<Array<[string, string]>> {
  const pair = fieldName(page).chain((name) => valueFor(page)(name).map((chosen): [string, string] => [name, chosen]));
  return fc
    .record({
      keepPage: fc.boolean(),
      dropped: fc.subarray(page.names),
      pairs: fc.array(pair, { maxLength: 10 }),
      intent: fc.option(intent(page), { nil: undefined }),
      repeatIntent: fc.option(intent(page), { nil: undefined }),
      pairsFirst: fc.boolean(),
      huge: fc.option(fc.tuple(fieldName(page), hugeValue), { nil: undefined, freq: 8 }),
    })
    .map(({ keepPage, dropped, pairs: random, intent: chosenIntent, repeatIntent, pairsFirst, huge }) => {
      const pairs = huge ? [huge, ...random] : random;
      const base: Array<[string, string]> = keepPage
        ? page.names.filter((name) => name !== "intent" && !dropped.includes(name)).map((name) => [name, page.valuesByName[name]![0] ?? ""])
        : [];
      const intents: Array<[string, string]> = [chosenIntent, repeatIntent].filter((one) => one !== undefined).map((one) => ["intent", one]);
      // The server reads the first of a repeated name: random pairs first override the page's values.
      return pairsFirst ? [...intents, ...pairs, ...base] : [...intents, ...base, ...pairs];
    });
}

const percentBytes = (bytes: Uint8Array) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");

/** Invalid UTF-8 and broken escapes, percent-encoded or raw on the wire. */
const badBytes: fc.Arbitrary<{ encoded: string; raw: Buffer }> = fc
  .oneof(
    fc.uint8Array({ minLength: 1, maxLength: 16 }),
    fc.constantFrom(
      Uint8Array.of(0xff),
      Uint8Array.of(0xc0, 0x80),
      Uint8Array.of(0xed, 0xa0, 0x80),
      Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
      Uint8Array.of(0xe2, 0x82),
      Uint8Array.of(0x00),
    ),
  )
  .map((bytes) => ({ encoded: percentBytes(bytes), raw: Buffer.from(bytes) }));

const formType = "application/x-www-form-urlencoded";

function multipart(pairs: Array<[string, string]>, file: Uint8Array | null, boundary: string, truncate: boolean): Buffer {
  const parts: Buffer[] = pairs.map(([name, chosen]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n\r\n${chosen}\r\n`),
  );
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${pairs[0]?.[0] ?? "file"}"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(file), Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const whole = Buffer.concat(parts);
  return truncate ? whole.subarray(0, Math.floor(whole.length / 2)) : whole;
}

/** A body of `size` bytes of one urlencoded field: near or over the server's body limit. */
export function hugeBody(size: number, name = "text"): HostileRequest {
  const prefix = `${encodeURIComponent(name)}=`;
  return { kind: `huge-${size}`, contentType: formType, body: Buffer.concat([Buffer.from(prefix), Buffer.alloc(size - prefix.length, "a")]) };
}

/**
 * The page's own form as it would be sent (its first intent, its values),
 * with one field's value replaced: most likely to pass the schema's other
 * checks and carry an odd value into the use case and the database.
 */
function oneFieldChanged(page: PageFields): fc.Arbitrary<Array<[string, string]>> {
  if (page.names.length === 0) return formPairs(page);
  return fc.tuple(fc.constantFrom(...page.names), fc.oneof(value, hugeValue), fc.constantFrom(...(page.intents.length > 0 ? page.intents : [""]))).map(
    ([changed, odd, chosenIntent]) => {
      const pairs: Array<[string, string]> = page.names.filter((name) => name !== "intent").map((name) => [name, name === changed ? odd : page.valuesByName[name]![0] ?? ""]);
      return changed === "intent" ? [["intent", odd], ...pairs] : chosenIntent ? [["intent", chosenIntent], ...pairs] : pairs;
    },
  );
}

/** Every kind of hostile body for a page with these fields. */
export function hostileRequest(page: PageFields): fc.Arbitrary<HostileRequest> {
  const pairs = fc.oneof(formPairs(page), oneFieldChanged(page));
  const urlencoded = pairs.map((chosen): HostileRequest => ({ kind: "urlencoded", contentType: formType, body: Buffer.from(new URLSearchParams(chosen).toString()) }));
  const brokenEncoding = fc.tuple(pairs, fc.array(fc.tuple(fieldName(page), badBytes), { minLength: 1, maxLength: 3 }), fc.boolean()).map(
    ([chosen, bad, raw]): HostileRequest => {
      const good = new URLSearchParams(chosen).toString();
      const broken = bad.map(([name, bytes]) => Buffer.concat([Buffer.from(`${encodeURIComponent(name)}=`), raw ? bytes.raw : Buffer.from(bytes.encoded)]));
      return { kind: raw ? "raw-bytes" : "bad-utf8", contentType: formType, body: Buffer.concat([Buffer.from(good ? `${good}&` : ""), ...broken.flatMap((part, at) => (at === 0 ? [part] : [Buffer.from("&"), part]))]) };
    },
  );
  const asMultipart = fc
    .tuple(pairs, fc.option(fc.uint8Array({ maxLength: 64 }), { nil: null }), fc.boolean(), fc.boolean())
    .map(([chosen, file, truncate, wrongBoundary]): HostileRequest => ({
      kind: "multipart",
      contentType: `multipart/form-data; boundary=${wrongBoundary ? "other" : "fuzzboundary"}`,
      body: multipart(chosen, file, "fuzzboundary", truncate),
    }));
  const asJson = fc.oneof(
    pairs.map((chosen) => JSON.stringify(Object.fromEntries(chosen))),
    fc.json({ maxDepth: 3 }),
  ).chain((json) =>
    fc.constantFrom("application/json", formType, "text/plain").map((contentType): HostileRequest => ({ kind: "json", contentType, body: Buffer.from(json) })),
  );
  const oddType = fc
    .tuple(
      pairs,
      fc.constantFrom(null, "", "text/plain", "application/octet-stream", `${formType}; charset=utf-16`, `${formType}; charset=iso-8859-1`, "multipart/form-data", "*/*; q=x"),
    )
    .map(([chosen, contentType]): HostileRequest => ({ kind: "content-type", contentType, body: Buffer.from(new URLSearchParams(chosen).toString()) }));
  const randomBytes = fc
    .tuple(fc.uint8Array({ maxLength: 256 }), fc.constantFrom(formType, "multipart/form-data; boundary=x", "application/json", null))
    .map(([bytes, contentType]): HostileRequest => ({ kind: "random-bytes", contentType, body: Buffer.from(bytes) }));
  const empty = fc.constantFrom(null, formType, "multipart/form-data; boundary=x").map((contentType): HostileRequest => ({ kind: "empty", contentType, body: Buffer.alloc(0) }));
  const huge = fc
    .tuple(fc.constantFrom(maxBodyBytes - 64, maxBodyBytes, maxBodyBytes + 1), fieldName(page))
    .map(([size, name]) => hugeBody(size, name));
  return fc.oneof(
    { weight: 8, arbitrary: urlencoded },
    { weight: 2, arbitrary: brokenEncoding },
    { weight: 2, arbitrary: asMultipart },
    { weight: 1, arbitrary: asJson },
    { weight: 1, arbitrary: oddType },
    { weight: 1, arbitrary: randomBytes },
    { weight: 1, arbitrary: empty },
    { weight: 1, arbitrary: huge },
  );
}

export type RawResult = { status: number; location: string | null; body: string };

/**
 * POSTs exact bytes, same-origin as a browser form would, from a chosen
 * loopback address (another "client" for the rate limits). A server that
 * answers early (413) and closes may make the rest of the write fail: the
 * answer, once received, is what counts.
 */
export function postRaw(
  baseUrl: string,
  path: string,
  request: HostileRequest,
  options: { cookie?: string; localAddress?: string } = {},
): Promise<RawResult> {
  const headers: Record<string, string> = { origin: baseUrl, "content-length": String(request.body.length) };
  if (request.contentType !== null) headers["content-type"] = request.contentType;
  if (options.cookie) headers.cookie = options.cookie;
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = httpRequest(`${baseUrl}${path}`, { method: "POST", headers, localAddress: options.localAddress }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", () => resolve({ status: response.statusCode ?? 0, location: null, body: "" }));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          location: typeof response.headers.location === "string" ? response.headers.location : null,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    outgoing.on("error", (error) => {
      if (!answered) reject(new Error(`no answer to a ${request.kind} body of ${request.body.length} bytes: ${error.message}`));
    });
    outgoing.end(request.body);
  });
}
