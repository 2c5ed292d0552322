/**
 * The kinds of question a consultation can ask. Its own file so the question
 * editor page can list them without importing consultation-forms.ts, whose
 * zod schemas would then ship to the browser.
 */
export const questionKinds = ["free_text", "stance", "single_choice", "multiple_choice"] as const;

/** How each kind is named on staff pages. Translation keys written out in full. */
export const questionKindKeys: Record<(typeof questionKinds)[number], string> = {
  free_text: "consultations:admin.questions.kinds.freeText",
  stance: "consultations:admin.questions.kinds.stance",
  single_choice: "consultations:admin.questions.kinds.singleChoice",
  multiple_choice: "consultations:admin.questions.kinds.multipleChoice",
};
