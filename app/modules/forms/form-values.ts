/** A form's values by name (the first of each), as the server and the browser both read them. */
export type FormValues = Record<string, string>;

export function readFormValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !(name in values)) values[name] = value;
  }
  return values;
}

/** Longest value any single field may carry; past it the whole post is refused as oversized. */
export const maxFieldCharacters = 10_000;
