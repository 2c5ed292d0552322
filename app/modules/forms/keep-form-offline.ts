/**
 * With JavaScript, a form is sent by fetch. When that fetch fails (the
 * browser is offline, the connection dropped), Remix would show the error
 * page and the typed text would be gone. A route's `clientAction` passes its
 * submission through here instead: a network failure becomes the same
 * "not saved, your text is still here, try again" answer the server gives
 * when its database is down (keep-form-when-database-down.server.ts), so
 * the page keeps the form, its text and its idempotency key for the retry.
 */
import { readFormValues } from "./form-values";

export async function keepFormWhenOffline<Result>(request: Request, serverAction: () => Promise<Result>) {
  const copy = request.clone();
  try {
    return await serverAction();
  } catch (error) {
    // fetch() rejects with a TypeError when no response arrived; anything else (a thrown response) goes on.
    if (!(error instanceof TypeError)) throw error;
    const values = readFormValues(await copy.formData());
    return { failure: { errors: {}, values, formError: "errors.notSaved", unavailable: true as const } };
  }
}

/**
 * For `shouldRevalidate`: after a form that could not be saved, no loader
 * (the root's included) reloads — offline or with the database down it
 * would fail the same way, and its error page would replace the kept form.
 */
export function wasNotSaved(actionResult: unknown): boolean {
  const failure = (actionResult as { failure?: { unavailable?: unknown } } | null | undefined)?.failure;
  return failure?.unavailable === true;
}
