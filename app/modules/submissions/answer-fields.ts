/**
 * Field names of the answer form, and label keys for its choices. Shared by
 * the page and the server (no zod here, to keep the browser bundle small).
 *
 * "q.<questionId>.text" (free text, or the "why" of a stance), "q.<id>.stance",
 * "q.<id>.option" (single choice), "q.<id>.option.<optionId>" (multiple
 * choice), "q.<id>.quote" (how this answer may be used).
 */
import type { Stance } from "~/generated/prisma/enums";
import type { QuoteLevel } from "~/modules/consent/consent-choices";

export const answerField = {
  text: (questionId: string) => `q.${questionId}.text`,
  stance: (questionId: string) => `q.${questionId}.stance`,
  option: (questionId: string) => `q.${questionId}.option`,
  optionChoice: (questionId: string, optionId: string) => `q.${questionId}.option.${optionId}`,
  quote: (questionId: string) => `q.${questionId}.quote`,
  /** Hidden marker of a multiple-choice question: with nothing ticked, its checkboxes send nothing at all. */
  shown: (questionId: string) => `q.${questionId}.shown`,
};

export const stances = ["agree", "partly", "disagree", "not_sure"] as const satisfies readonly Stance[];

/** Translation keys written out in full, so the unused-key check can see them. */
export const stanceLabelKeys: Record<Stance, string> = {
  agree: "participation:stance.agree",
  partly: "participation:stance.partly",
  disagree: "participation:stance.disagree",
  not_sure: "participation:stance.notSure",
};

export const quoteLevelLabelKeys: Record<QuoteLevel, string> = {
  count_only: "participation:quote.countOnly",
  drafters: "participation:quote.drafters",
  public: "participation:quote.public",
};

