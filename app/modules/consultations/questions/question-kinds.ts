/**
 * The kinds of question a consultation can ask. Its own file so the question
 * editor page can list them without importing consultation-forms.ts, whose
 * zod schemas would then ship to the browser.
 */
export const questionKinds = ["free_text", "stance", "single_choice", "multiple_choice"] as const;
