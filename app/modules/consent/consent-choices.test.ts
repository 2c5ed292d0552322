import { describe, expect, it } from "vitest";
import {
  allowedQuoteLevels,
  effectiveQuoteConsent,
  mayQuoteTo,
  mayUseInSummaries,
  noConsent,
  offersInboxContact,
  pseudonymousInboxExists,
  quoteCeiling,
  quoteLevels,
  quoteLevelsToOffer,
  type ConsentChoices,
} from "./consent-choices";

const choices = (overrides: Partial<ConsentChoices>): ConsentChoices => ({ ...noConsent, ...overrides });
const summaries = choices({ useInSummaries: true });
const drafters = choices({ useInSummaries: true, draftersMayQuote: true });
const everything = choices({ useInSummaries: true, draftersMayQuote: true, publicQuotes: true, inboxContact: true });

describe("the narrowest choice wins", () => {
  it("never lets an answer travel further than the contribution-wide choice", () => {
    for (const answer of quoteLevels) {
      expect(effectiveQuoteConsent(answer, summaries)).toBe("count_only");
      expect(effectiveQuoteConsent(answer, everything)).toBe(answer);
    }
    expect(effectiveQuoteConsent("public", drafters)).toBe("drafters");
    expect(effectiveQuoteConsent("drafters", drafters)).toBe("drafters");
    expect(effectiveQuoteConsent("count_only", drafters)).toBe("count_only");
  });

  it("uses nothing at all without (a), once withdrawn, or without a record", () => {
    for (const answer of quoteLevels) {
      expect(effectiveQuoteConsent(answer, choices({ draftersMayQuote: true, publicQuotes: true }))).toBeNull();
      expect(effectiveQuoteConsent(answer, { ...everything, withdrawn: true })).toBeNull();
      expect(effectiveQuoteConsent(answer, null)).toBeNull();
    }
    expect(mayUseInSummaries(summaries)).toBe(true);
    expect(mayUseInSummaries({ ...summaries, withdrawn: true })).toBe(false);
  });

  it("treats public quotes without drafters' quotes as no quoting", () => {
    expect(quoteCeiling(choices({ useInSummaries: true, publicQuotes: true }))).toBe("count_only");
  });

  it("offers per answer only the choices the contribution-wide consent allows", () => {
    expect(allowedQuoteLevels(null)).toEqual(["count_only"]);
    expect(allowedQuoteLevels(summaries)).toEqual(["count_only"]);
    expect(allowedQuoteLevels(drafters)).toEqual(["count_only", "drafters"]);
    expect(allowedQuoteLevels(everything)).toEqual(["count_only", "drafters", "public"]);
  });

  it("answers who may read a quote", () => {
    expect(mayQuoteTo("drafters", "drafters", drafters)).toBe(true);
    expect(mayQuoteTo("public", "public", drafters)).toBe(false);
    expect(mayQuoteTo("drafters", "count_only", everything)).toBe(false);
    expect(mayQuoteTo("public", "public", everything)).toBe(true);
  });
});

describe("choice (d), contact through the pseudonymous inbox", () => {
  it("is offered now that the inbox exists, to accounts only", () => {
    expect(pseudonymousInboxExists).toBe(true);
    expect(offersInboxContact(true)).toBe(true);
    expect(offersInboxContact(false)).toBe(false);
  });

  it("would be offered to nobody without an inbox", () => {
    expect(offersInboxContact(true, false)).toBe(false);
    expect(offersInboxContact(false, false)).toBe(false);
  });
});

describe("per-answer choices shown", () => {
  it("are none while the input may not be used at all, so nothing says 'as you chose'", () => {
    expect(quoteLevelsToOffer(null)).toEqual([]);
    expect(quoteLevelsToOffer(noConsent)).toEqual([]);
    expect(quoteLevelsToOffer({ ...summaries, withdrawn: true })).toEqual([]);
    expect(quoteLevelsToOffer(summaries)).toEqual(["count_only"]);
    expect(quoteLevelsToOffer(everything)).toEqual(["count_only", "drafters", "public"]);
  });
});
