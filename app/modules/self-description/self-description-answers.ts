/**
 * A self-description as a form carries it, and the rules every saved one
 * obeys. Shared by server and browser (no zod, no strings): the form's field
 * names, a stored document back to the form's values (to prefill "Change"),
 * and the check the save use case runs against the consultation's choice.
 */
import {
  dimensionNames,
  isDimension,
  isDimensionValue,
  preferNotToSay,
  selfDescribed,
  selfDescribedMaxLength,
  selfDescriptionDimensions,
  type Dimension,
  type SelfDescriptionValues,
} from "./dimensions";

/** The radio group's name is the dimension's; the self-described words go in `<dimension>Words`. */
export const wordsField = (dimension: Dimension) => `${dimension}Words`;
export const consentField = "consent";

/** The hosts' settings form: one checkbox per shipped dimension, `selfDescription.<dimension>`. */
export const selfDescriptionFieldName = (dimension: Dimension) => `selfDescription.${dimension}`;

/** Every answer a dimension offers, in the order the form lists them. */
export function answersOf(dimension: Dimension): string[] {
  return [...(selfDescriptionDimensions[dimension] as readonly string[]), preferNotToSay, selfDescribed];
}

/** What a posted form says, for every shipped dimension it carries (the save use case refuses those not asked). */
export function valuesFromForm(values: Record<string, string | undefined>): SelfDescriptionValues {
  const result: SelfDescriptionValues = {};
  for (const dimension of dimensionNames) {
    const value = values[dimension]?.trim();
    if (!value) continue;
    result[dimension] = value === selfDescribed ? { value, words: (values[wordsField(dimension)] ?? "").trim() } : { value };
  }
  return result;
}

/** A stored document as the form's values (radio choice and words), to prefill "Change". */
export function formFromValues(values: SelfDescriptionValues | null): Record<string, string> {
  const form: Record<string, string> = {};
  if (!values) return form;
  for (const dimension of dimensionNames) {
    const answer = values[dimension];
    if (!answer) continue;
    form[dimension] = answer.value;
    if ("words" in answer) form[wordsField(dimension)] = answer.words;
  }
  return form;
}

export type AnswerProblem = { field: string; error: string; errorValues?: Record<string, string> };

/**
 * The first thing wrong with a self-description for a consultation asking
 * `asked`, or null: a dimension it does not ask, a value the dimension does
 * not have, self-described without words or with too many, or nothing at all.
 */
export function answerProblem(values: SelfDescriptionValues, asked: readonly Dimension[]): AnswerProblem | null {
  const answered = Object.keys(values);
  for (const name of answered) {
    if (!isDimension(name) || !asked.includes(name)) return { field: "form", error: "selfdescription:errors.notAsked" };
    const answer = values[name]!;
    if (answer.value === selfDescribed) {
      const words = "words" in answer ? answer.words.trim() : "";
      if (!words) return { field: wordsField(name), error: "selfdescription:errors.wordsMissing" };
      if (words.length > selfDescribedMaxLength) {
        return { field: wordsField(name), error: "selfdescription:errors.wordsTooLong" };
      }
    } else if (answer.value !== preferNotToSay && !isDimensionValue(name, answer.value)) {
      return { field: name, error: "selfdescription:errors.valueUnknown" };
    }
  }
  if (answered.length === 0) return { field: "form", error: "selfdescription:errors.nothingChosen" };
  return null;
}
