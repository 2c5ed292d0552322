/**
 * A refusal of one of the answering page's use cases: the translation key,
 * the field it belongs to (if any), and the status of the answer.
 */
export type RespondRefusal = {
  kind: "refused";
  error: string;
  field?: string;
  /** A message for the whole form as well as the field's own (the review's consent choices). */
  formError?: string;
  status: 400 | 409;
};

export const refused = (error: string, status: 400 | 409 = 409, more: { field?: string; formError?: string } = {}): RespondRefusal => ({
  kind: "refused",
  error,
  status,
  ...more,
});
