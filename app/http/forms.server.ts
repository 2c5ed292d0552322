/**
 * One way to read a form in an action: zod validates on the server, errors
 * come back as translation keys per field, and everything typed comes back
 * too (minus secrets) so no form is ever lost to a mistake.
 */
import { data, type HeadersFunction } from "@remix-run/node";
import type { z } from "zod";
import { maxFieldCharacters, readFormValues, type FormValues } from "~/modules/forms/form-values";
import { badRequest } from "./responses.server";

export { maxFieldCharacters, readFormValues, type FormValues };

export type FieldErrors = Record<string, string>;
export type FormFailure = {
  errors: FieldErrors;
  values: FormValues;
  formError?: string;
  /** Interpolation values for a field's error message, by field name. */
  errorValues?: Record<string, Record<string, string>>;
  /** The field whose value was too large, so the page can name it in the message. */
  tooLargeField?: string;
  /** Nothing was saved because the server or the network could not be reached: the page offers to try again. */
  unavailable?: true;
};


export type ParsedForm<T> = { ok: true; data: T; values: FormValues } | { ok: false; failure: FormFailure; status: 400 | 413 };

/** Values safe to send back to the page: never passphrases, codes or tokens. */
export function withoutSecrets(values: FormValues, secretFields: readonly string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secretFields.includes(name)));
}

export async function parseForm<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: { secretFields?: readonly string[]; fieldLimits?: Record<string, number> } = {},
): Promise<ParsedForm<z.infer<Schema>>> {
  const secretFields = options.secretFields ?? [];
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return { ok: false, status: 400, failure: { errors: {}, values: {}, formError: "errors.badRequestBody" } };
  }
  const values = readFormValues(formData);
  const oversized = Object.entries(values).find(
    ([name, value]) => value.length > (options.fieldLimits?.[name] ?? maxFieldCharacters),
  );
  if (oversized) {
    const [name] = oversized;
    return {
      ok: false,
      status: 413,
      failure: {
        errors: { [name]: "errors.fieldTooLarge" },
        // The oversized value is kept so the person can shorten it, unless it is a secret.
        values: withoutSecrets(values, secretFields),
        formError: "errors.tooLargeBody",
        tooLargeField: name,
      },
    };
  }
  const parsed = schema.safeParse(values);
  // A form of several intents (a zod discriminated union on `intent`) that
  // names none of them was not sent by any page of ours: refused with 400,
  // never handed to a default branch that would write.
  if (!parsed.success && parsed.error.issues.some((issue) => issue.code === "invalid_union" && issue.path[0] === "intent")) {
    badRequest();
  }
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] ??= issue.message.includes(".") ? issue.message : "errors.fieldInvalid";
    }
  }
  // PostgreSQL cannot store NUL in text, so a NUL that got past a field's own
  // rule would end in a failed query (a 500). No keyboard types one; refuse
  // it here for every form, after the schema so a field's own message wins.
  // Field names too: some forms read question ids out of them.
  const withNul = Object.entries(values).filter(([name, value]) => `${name}${value}`.includes("\u0000"));
  for (const [name] of withNul) errors[name] ??= "errors.nulCharacter";
  if (parsed.success && withNul.length === 0) return { ok: true, data: parsed.data, values };
  return {
    ok: false,
    status: 400,
    failure: {
      errors,
      values: withoutSecrets(values, secretFields),
      ...(withNul.length > 0 ? { formError: "errors.nulCharacter" } : {}),
    },
  };
}

/**
 * A module use case's refusal, as the use cases return it: a translation key,
 * and the field it belongs to (none, or "form", for the whole form).
 */
export type Refusal = {
  field?: string;
  error: string;
  errorValues?: Record<string, string>;
  /** A message for the whole form as well as the field's own (e.g. "Please check your choices below."). */
  formError?: string;
};

/** The one mapping from a use case's refusal to the form's errors, with everything typed kept. */
export function refusalFailure(refusal: Refusal, values: FormValues): FormFailure {
  const onField = refusal.field !== undefined && refusal.field !== "form";
  return onField
    ? {
        errors: { [refusal.field as string]: refusal.error },
        values,
        ...(refusal.errorValues ? { errorValues: { [refusal.field as string]: refusal.errorValues } } : {}),
        ...(refusal.formError ? { formError: refusal.formError } : {}),
      }
    : { errors: {}, values, formError: refusal.error };
}

/** A use case's refusal as the action's reply: the form shown again with its errors. */
export function refusedForm(refusal: Refusal, values: FormValues, status = 400) {
  return formFailure(refusalFailure(refusal, values), status);
}

/** The action's reply for a form that must be shown again. */
export function formFailure(failure: FormFailure, status = 400, headers?: HeadersInit) {
  return data<{ failure: FormFailure }>({ failure }, { status, headers });
}

/** The reply when a rate limit refuses the attempt: 429, translated, with what was typed. */
export function tooManyAttempts(values: FormValues, retryAfterSeconds: number, messageKey = "auth.errors.tooManyAttempts") {
  return formFailure({ errors: {}, values, formError: messageKey }, 429, {
    "Retry-After": String(retryAfterSeconds),
  });
}

/**
 * The `headers` export of every route that can answer 429: Remix passes an
 * action's headers on to the browser only through one (Set-Cookie aside),
 * so without it the refusal would not say when to try again.
 */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
