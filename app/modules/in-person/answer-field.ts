/**
 * The name of a speaker's answer field on the in-person form. Apart from
 * in-person-forms.ts so the page can name its fields without bundling zod
 * into the browser.
 */
export const answerFieldName = (questionId: string) => `answer.${questionId}`;
