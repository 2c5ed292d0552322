/**
 * The redaction page's forms. The save form carries one checkbox per
 * suggestion and per saved span, named `span:<answerId>:<start>:<end>` with
 * the kind as its value (checked = redact), and per answer the words of a
 * span to add by hand (`add:<answerId>:words`, `…:occurrence`, `…:kind`),
 * so a span is added without selecting text, with JavaScript off.
 */
import { z } from "zod";
import type { RedactionKind } from "~/generated/prisma/enums";
import { redactionKinds } from "./apply-redactions";
import { addFieldName, rememberFieldName, spanFieldName } from "./redaction-field-names";

export { addFieldName, rememberFieldName, spanFieldName };

export const redactionKindField = z.enum(redactionKinds);

export const redactionPageForm = z.discriminatedUnion("intent", [
  z.looseObject({ intent: z.literal("save"), version: z.coerce.number().int().min(0) }),
  z.object({
    intent: z.enum(["addKnownName", "addKnownPlace"]),
    term: z.string().trim().min(1, "workspace:redaction.errors.termRequired").max(200, "workspace:redaction.errors.termTooLong"),
  }),
]);


export type ChosenSpan = { answerId: string; start: number; end: number; kind: RedactionKind };
export type AddedSpan = { answerId: string; words: string; occurrence: number; kind: RedactionKind };
export type RememberedSpan = { answerId: string; start: number; end: number };

const kinds = new Set<string>(redactionKinds);

/** The spans ticked and the spans typed, from the form's values; anything malformed is dropped as no page of ours sends it. */
export function readRedactionChoices(values: Record<string, string>): { chosen: ChosenSpan[]; added: AddedSpan[]; remember: RememberedSpan[] } {
  const chosen: ChosenSpan[] = [];
  const added: AddedSpan[] = [];
  const remember: RememberedSpan[] = [];
  for (const [name, value] of Object.entries(values)) {
    const remembered = /^remember:([0-9a-f-]{36}):(\d{1,7}):(\d{1,7})$/.exec(name);
    if (remembered) {
      remember.push({ answerId: remembered[1]!, start: Number(remembered[2]), end: Number(remembered[3]) });
      continue;
    }
    const span = /^span:([0-9a-f-]{36}):(\d{1,7}):(\d{1,7})$/.exec(name);
    if (span && kinds.has(value)) {
      chosen.push({ answerId: span[1]!, start: Number(span[2]), end: Number(span[3]), kind: value as RedactionKind });
      continue;
    }
    const words = /^add:([0-9a-f-]{36}):words$/.exec(name);
    if (words && value.trim() !== "") {
      const answerId = words[1]!;
      const occurrence = Number(values[addFieldName(answerId, "occurrence")] || "1");
      const kind = values[addFieldName(answerId, "kind")] ?? "";
      added.push({
        answerId,
        words: value.trim(),
        occurrence: Number.isInteger(occurrence) && occurrence >= 1 ? occurrence : 0,
        kind: (kinds.has(kind) ? kind : "detail") as RedactionKind,
      });
    }
  }
  return { chosen, added, remember };
}

/** Where the `occurrence`-th appearance (from 1) of `words` starts in `text`, or -1. */
export function findOccurrence(text: string, words: string, occurrence: number): number {
  if (occurrence < 1 || words === "") return -1;
  let from = 0;
  for (let seen = 1; ; seen++) {
    const at = text.indexOf(words, from);
    if (at < 0) return -1;
    if (seen === occurrence) return at;
    from = at + 1;
  }
}
