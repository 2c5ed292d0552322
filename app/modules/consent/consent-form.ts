/**
 * The four consent checkboxes as a form reads them: a ticked box sends "on",
 * an unticked one sends nothing. Shared by every form that shows them
 * (consent step, review, "My contributions", receipt).
 */
import { z } from "zod";
import { offersInboxContact, type ConsentChoices } from "./consent-choices";

const checkbox = z.literal("on").optional();

export const consentFields = {
  useInSummaries: checkbox,
  draftersMayQuote: checkbox,
  publicQuotes: checkbox,
  inboxContact: checkbox,
};

/** The consent step's form: the choices, its idempotency key, and the consent text it showed. */
export const consentStepForm = z.object({
  ...consentFields,
  idempotencyKey: z.string().max(64),
  consentTextId: z.string().max(64),
});

export function choicesFrom(form: Partial<Record<keyof ConsentChoices, "on" | undefined>>): ConsentChoices {
  return {
    useInSummaries: form.useInSummaries === "on",
    draftersMayQuote: form.draftersMayQuote === "on",
    publicQuotes: form.publicQuotes === "on",
    inboxContact: form.inboxContact === "on",
  };
}

/**
 * Translation key of what is wrong with a set of choices, if anything.
 * `hasAccount`: whether the person is signed in (the receipt code is not an
 * account), which decides whether (d) may be chosen at all.
 */
export function consentProblem(
  choices: ConsentChoices,
  purpose: "start" | "submit" | "change",
  { hasAccount }: { hasAccount: boolean },
): string | null {
  // Only a hand-made post can carry (d) while it is not offered: refuse it rather than record a promise nobody can keep.
  if (choices.inboxContact && !offersInboxContact(hasAccount)) return "participation:consent.errors.inboxNotOffered";
  if (choices.publicQuotes && !choices.draftersMayQuote) return "participation:consent.errors.publicNeedsDrafters";
  if (purpose === "submit" && !choices.useInSummaries) return "participation:consent.errors.summariesNeeded";
  return null;
}
