/** What the answering page's forms share: the form's key, the "Try again" button's intent, the choices of use offered. */
import type { FormFailure, FormValues } from "~/http/forms.server";
import { quoteLevels, type QuoteLevel } from "~/modules/consent/consent-choices";
import { stepIntents } from "~/modules/submissions/respond-steps";
import type { RespondPage } from "~/modules/submissions/respond-page.server";

/** A form that could not be saved is sent again with its own key, so the retry counts once. */
export function formKeyFor(page: RespondPage, failure?: FormFailure): string {
  const posted = failure?.unavailable ? failure.values.idempotencyKey : undefined;
  return posted || page.formKey;
}

const retryIntents: readonly string[] = [...stepIntents.filter((intent) => intent !== "autosave"), "submit"];

/** The button the person pressed, for "Try again"; what was posted is checked again by the action. */
export function retryIntentOf(failure: FormFailure, fallback: string): string {
  const intent = failure.values.intent;
  return intent && retryIntents.includes(intent) ? intent : fallback;
}

/**
 * Without the database the contribution-wide choices are unknown: offer back
 * the levels that were posted (none posted: the page had offered none).
 */
export function postedQuoteLevels(values: FormValues): readonly QuoteLevel[] {
  const posted = new Set(Object.entries(values).filter(([name]) => name.endsWith(".quote")).map(([, value]) => value));
  if (posted.size === 0) return [];
  return quoteLevels.filter((level) => level === "count_only" || posted.has(level));
}
