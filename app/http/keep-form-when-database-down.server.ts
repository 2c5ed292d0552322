/**
 * When the database cannot be reached, a form that carries what someone
 * typed must come back with it, not as a crash page: the action answers 503
 * with every posted value (minus secrets) and a message saying nothing was
 * saved and the text is still there; the page shows the same form again
 * with a "Try again" button. The form's idempotency key is among the values,
 * so the retry is recognised like any resent form and saves exactly once.
 *
 * The request is copied before the action reads its body, because the
 * failure may come before or after parseForm has consumed it.
 */
import { isDatabaseUnavailable } from "~/modules/db/database-unavailable.server";
import { errorForLog, logger } from "~/modules/logging/logger.server";
import { formFailure, readFormValues, withoutSecrets, type FormValues } from "./forms.server";

/** How long to suggest waiting before the retry (seconds). */
const retryAfterSeconds = 10;

/** The same key keep-form-offline.ts gives when the browser could not reach the server. */
export const notSavedMessage = "errors.notSaved";

async function postedValues(copy: Request, secretFields: readonly string[]): Promise<FormValues> {
  try {
    return withoutSecrets(readFormValues(await copy.formData()), secretFields);
  } catch {
    return {};
  }
}

/** Runs an action; if the database is unavailable, answers 503 with the posted form instead of throwing. */
export async function keepFormWhenDatabaseDown<Result>(
  request: Request,
  action: () => Promise<Result>,
  options: { secretFields?: readonly string[] } = {},
) {
  const copy = request.clone();
  try {
    return await action();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // Class, code and place only: never the message (it can quote values) or the form.
    logger.warn({ err: errorForLog(error) }, "database unavailable: form returned to the person unsaved");
    const values = await postedValues(copy, options.secretFields ?? []);
    return formFailure({ errors: {}, values, formError: notSavedMessage, unavailable: true }, 503, {
      "Retry-After": String(retryAfterSeconds),
    });
  }
}

/** For loaders: the fallback when the database is unavailable (any other error is thrown on). */
export async function whenDatabaseDown<Result, Fallback>(work: () => Promise<Result>, fallback: () => Fallback | Promise<Fallback>) {
  try {
    return await work();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logger.warn({ err: errorForLog(error) }, "database unavailable: page shown from what is known without it");
    return fallback();
  }
}
