/**
 * Names of the redaction page's fields, without zod, so the page component
 * can use them (redaction-forms.ts reads them back with the schemas).
 */
export const spanFieldName = (answerId: string, start: number, end: number) => `span:${answerId}:${start}:${end}`;
/** Ticked beside a name or place being redacted: also add its words to the consultation's known terms. */
export const rememberFieldName = (answerId: string, start: number, end: number) => `remember:${answerId}:${start}:${end}`;
export const addFieldName = (answerId: string, part: "words" | "occurrence" | "kind") => `add:${answerId}:${part}`;
