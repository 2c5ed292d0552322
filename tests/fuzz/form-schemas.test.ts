/**
 * Every zod schema the modules and the HTTP layer export, found by reading
 * the files that import zod (so a new schema is covered without editing this
 * test): `safeParse` answers — success or issues — and never throws, for any
 * value at all (fast-check's `anything`) and for any form-shaped record of
 * strings (what parseForm hands them) built from the schema's own field
 * names and literal values, odd Unicode included. A throw in a
 * refine or transform would be a 500 in every action that uses the schema.
 *
 * Reproduce a failure with the seed printed at the start: FUZZ_SEED=<seed>.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { respondFormSchema, type AnswerQuestion } from "~/modules/submissions/respond-forms";

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const appDirectory = path.resolve(__dirname, "../../app");

type Schema = { safeParse: (value: unknown) => { success: boolean } };
const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && "_zod" in value && typeof (value as unknown as Schema).safeParse === "function";

/** Source files under app/modules and app/http that import zod (tests excluded). */
function filesWithZod(): string[] {
  const found: string[] = [];
  for (const root of ["modules", "http"]) {
    for (const entry of readdirSync(path.join(appDirectory, root), { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      if (/from "zod"/.test(readFileSync(file, "utf8"))) found.push(file);
    }
  }
  return found.sort();
}

async function exportedSchemas(): Promise<Array<{ name: string; schema: Schema }>> {
  const schemas: Array<{ name: string; schema: Schema }> = [];
  for (const file of filesWithZod()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (isSchema(value)) schemas.push({ name: `${path.relative(appDirectory, file)}: ${name}`, schema: value });
    }
  }
  return schemas;
}

const oddText = fc.oneof(
  fc.string({ unit: "binary" }),
  { weight: 2, arbitrary: fc.constantFrom("\u0000", "\u202E", "\uD800", "\uDFFF", "\uFEFF", "NaN", "1e309", "-0", "99999999999999999999", "__proto__", "2030-02-30", " ") },
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => `x${String.fromCharCode(code)}`),
  fc.constantFrom(9_999, 10_001).map((length) => "é".repeat(length)),
);
/** What parseForm hands a schema: a record of strings, here with names of any kind (intent among them). */
const formShaped = fc.dictionary(fc.oneof(fc.constantFrom("intent", "version", "language", "confirm", "text", "__proto__"), fc.string()), oddText, {
  maxKeys: 8,
});

type Definition = { type: string; [part: string]: unknown };
const definitionOf = (value: unknown): Definition | undefined => (value as { _zod?: { def?: Definition } } | undefined)?._zod?.def;

/**
 * The field names and literal values a schema knows (walking zod's own
 * definitions: objects, unions, intersections, pipes, wrappers), so the
 * form-shaped values below use its real fields and intents, not only
 * names no schema reads.
 */
function vocabulary(schema: unknown, names = new Set<string>(), values = new Set<string>()): { names: Set<string>; values: Set<string> } {
  const definition = definitionOf(schema);
  if (!definition) return { names, values };
  if (definition.type === "object") {
    for (const [name, field] of Object.entries(definition.shape as Record<string, unknown>)) {
      names.add(name);
      vocabulary(field, names, values);
    }
  }
  if (definition.type === "literal") for (const one of definition.values as unknown[]) values.add(String(one));
  if (definition.type === "enum") for (const one of Object.values(definition.entries as Record<string, unknown>)) values.add(String(one));
  for (const part of ["innerType", "in", "out", "left", "right", "element"]) if (part in definition) vocabulary(definition[part], names, values);
  if (Array.isArray(definition.options)) for (const option of definition.options) vocabulary(option, names, values);
  return { names, values };
}

/** A form of this schema's own fields (each mostly present) and others, holding its own literal values or odd strings. */
function formOf(schema: Schema): fc.Arbitrary<Record<string, string>> {
  const { names, values } = vocabulary(schema);
  const value = values.size > 0 ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...values) }, { weight: 2, arbitrary: oddText }) : oddText;
  const own = Object.fromEntries([...names].map((name) => [name, fc.option(value, { nil: undefined, freq: 4 })]));
  return fc.tuple(fc.record(own), fc.dictionary(fc.string(), value, { maxKeys: 3 })).map(([fields, extra]) => {
    const form: Record<string, string> = { ...extra };
    for (const [name, chosen] of Object.entries(fields)) if (chosen !== undefined) form[name] = chosen;
    return form;
  });
}

const neverThrows = (schema: Schema) => (value: unknown) => {
  schema.safeParse(value);
};

describe("every exported zod schema", () => {
  console.log(`fuzz seed: ${seed} (rerun with FUZZ_SEED=${seed})`);

  it("is found: the files that import zod export schemas", async () => {
    const schemas = await exportedSchemas();
    // Generous lower bound: the forms of every capability, so a broken search cannot pass with none.
    expect(schemas.length).toBeGreaterThan(40);
    // The walk over zod's definitions finds real fields, or the form-shaped runs would test nothing.
    expect([...vocabulary(schemas.find(({ name }) => name.endsWith(": staffLoginForm"))!.schema).names]).toEqual(["username", "passphrase"]);
  });

  it("safeParse never throws on anything, nor on a form of odd strings", async () => {
    for (const { name, schema } of await exportedSchemas()) {
      try {
        fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), neverThrows(schema)), { seed, numRuns: 150 });
        fc.assert(fc.property(formShaped, neverThrows(schema)), { seed, numRuns: 100 });
        fc.assert(fc.property(formOf(schema), neverThrows(schema)), { seed, numRuns: 150 });
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    }
  }, 120_000);

  it("the answering pages' schema (built per step) never throws, for any questions", () => {
    const question: fc.Arbitrary<AnswerQuestion> = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      kind: fc.constantFrom("free_text", "stance", "single_choice", "multiple_choice"),
      principleId: fc.option(fc.string(), { nil: null }),
      options: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(question, { maxLength: 4 }), fc.oneof(fc.anything(), formShaped), (questions, value) => {
        respondFormSchema(questions).safeParse(value);
      }),
      { seed, numRuns: 300 },
    );
  });
});
