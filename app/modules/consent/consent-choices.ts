/**
 * Consent choices and the one rule for how far an answer may travel.
 * Shared by server and browser (no server-only imports).
 *
 * A participant makes four separate choices per contribution (none is ever
 * pre-ticked), and may narrow the quoting choice per answer. Whatever is
 * shown or exported follows the narrowest of the two: the answer's own
 * choice and the contribution-wide choice (`effectiveQuoteConsent`).
 */
import type { QuoteConsent } from "~/generated/prisma/enums";

export type ConsentChoices = {
  /** (a) Use my input in anonymised thematic summaries — needed to send input. */
  useInSummaries: boolean;
  /** (b) Drafters may read my words quoted anonymously. */
  draftersMayQuote: boolean;
  /** (c) My words may be quoted anonymously in public reports. */
  publicQuotes: boolean;
  /**
   * (d) A facilitator may write to me through my pseudonymous inbox (read
   * and answered in /me; no e-mail or SMS is ever sent). Offered to accounts
   * only (see offersInboxContact).
   */
  inboxContact: boolean;
};

/**
 * Whether the pseudonymous inbox exists (app/modules/inbox). While it did
 * not, offering (d) would have promised a way of being contacted that nobody
 * could use; the switch stays so the rule below can be tested both ways.
 */
export const pseudonymousInboxExists = true;

/**
 * May (d) be offered (and accepted)? Only once the inbox exists, and never
 * without an account: without one there is no inbox to write to, and a
 * receipt code must not become a way to reach someone.
 */
export function offersInboxContact(hasAccount: boolean, inboxExists: boolean = pseudonymousInboxExists): boolean {
  return inboxExists && hasAccount;
}

export const consentChoiceNames = ["useInSummaries", "draftersMayQuote", "publicQuotes", "inboxContact"] as const;

export const noConsent: ConsentChoices = {
  useInSummaries: false,
  draftersMayQuote: false,
  publicQuotes: false,
  inboxContact: false,
};

/** From narrowest to widest. */
export const quoteLevels = ["count_only", "drafters", "public"] as const satisfies readonly QuoteConsent[];
export type QuoteLevel = (typeof quoteLevels)[number];

export function isQuoteLevel(value: unknown): value is QuoteLevel {
  return typeof value === "string" && (quoteLevels as readonly string[]).includes(value);
}

const rank = (level: QuoteLevel) => quoteLevels.indexOf(level);
const narrower = (a: QuoteLevel, b: QuoteLevel): QuoteLevel => (rank(a) <= rank(b) ? a : b);

/** A consent record as the rule needs it; `withdrawn` when the person withdrew the contribution. */
export type ConsentState = ConsentChoices & { withdrawn?: boolean };

/**
 * The widest use the contribution-wide choices allow, or null when the input
 * may not be used at all (no (a), or consent withdrawn). Public quoting needs
 * (c) *and* (b): public reports are written from what drafters read.
 */
export function quoteCeiling(consent: ConsentState | null | undefined): QuoteLevel | null {
  if (!consent || consent.withdrawn || !consent.useInSummaries) return null;
  if (!consent.draftersMayQuote) return "count_only";
  return consent.publicQuotes ? "public" : "drafters";
}

/**
 * THE rule: an answer is used as its own choice says, but never more widely
 * than the contribution-wide consent allows — the narrowest wins. Null means
 * the answer must not be used at all, not even counted.
 */
export function effectiveQuoteConsent(
  answerChoice: QuoteLevel,
  consent: ConsentState | null | undefined,
): QuoteLevel | null {
  const ceiling = quoteCeiling(consent);
  return ceiling === null ? null : narrower(answerChoice, ceiling);
}

/** The per-answer choices a person may pick under their current consent (never wider than it). */
export function allowedQuoteLevels(consent: ConsentState | null | undefined): QuoteLevel[] {
  const ceiling = quoteCeiling(consent) ?? "count_only";
  return quoteLevels.filter((level) => rank(level) <= rank(ceiling));
}

/**
 * The per-answer choices a page shows: none while the input may not be used
 * at all (no (a) yet), so no page says "only counted, as you chose" to
 * someone who chose nothing.
 */
export function quoteLevelsToOffer(consent: ConsentState | null | undefined): QuoteLevel[] {
  return quoteCeiling(consent) === null ? [] : allowedQuoteLevels(consent);
}

/** May this audience read the answer quoted? */
export function mayQuoteTo(
  audience: Exclude<QuoteLevel, "count_only">,
  answerChoice: QuoteLevel,
  consent: ConsentState | null | undefined,
): boolean {
  const effective = effectiveQuoteConsent(answerChoice, consent);
  return effective !== null && rank(effective) >= rank(audience);
}

/** May this contribution be counted in summaries at all? */
export function mayUseInSummaries(consent: ConsentState | null | undefined): boolean {
  return quoteCeiling(consent) !== null;
}

export function sameChoices(a: ConsentChoices, b: ConsentChoices): boolean {
  return consentChoiceNames.every((name) => a[name] === b[name]);
}
