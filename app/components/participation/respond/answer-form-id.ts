/** The id of a theme page's answer form; the header's language choice belongs to it there (the route's `handle`). */
export const answerFormId = "answer-form";
