import { z } from "zod";

/** Longest section, in characters: a synthesis is read by drafters in one sitting. */
export const maxSectionCharacters = 8000;

const section = z.string().max(maxSectionCharacters, "workspace:synthesis.errors.tooLong").default("");
const version = z.coerce.number().int().min(0);

/**
 * The synthesis editor's forms. "save" creates the next version from the
 * three sections and the ticked quotes (checkboxes named `quote.<answerId>`,
 * read by pickedQuotes); `version` is the newest version the page showed,
 * so a save made on an older one is refused as a conflict. "publish" makes
 * one version the one drafters read.
 */
export const synthesisPageForm = z.discriminatedUnion("intent", [
  z
    .object({ intent: z.literal("save"), version, said: section, change: section, emerging: section })
    .catchall(z.string())
    .refine((form) => [form.said, form.change, form.emerging].some((text) => text.trim() !== ""), {
      message: "workspace:synthesis.errors.empty",
      path: ["said"],
    }),
  z.object({ intent: z.literal("publish"), version: z.coerce.number().int().min(1) }),
]);

/** The answer ids ticked in the form, in the order they came. */
export function pickedQuotes(values: Record<string, string>): string[] {
  return Object.keys(values)
    .filter((name) => name.startsWith("quote."))
    .map((name) => name.slice("quote.".length))
    .filter((id) => id.length > 0);
}
