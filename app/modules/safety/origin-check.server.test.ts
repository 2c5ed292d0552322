import { describe, expect, it } from "vitest";
import { isSameOriginWrite, type WriteRequestFacts } from "./origin-check.server";

/** A form post from Convene's own page at http://convene.example. */
const ownFormPost: WriteRequestFacts = {
  method: "POST",
  origin: "http://convene.example",
  fetchSite: "same-origin",
  host: "convene.example",
  protocol: "http",
};

const post = (changes: Partial<WriteRequestFacts>) => isSameOriginWrite({ ...ownFormPost, ...changes });

describe("isSameOriginWrite", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "get", "HEAD", "OPTIONS"]) {
      expect(post({ method, origin: "https://attacker.example", fetchSite: "cross-site" })).toBe(true);
    }
  });

  it("allows a write from the same origin", () => {
    expect(post({})).toBe(true);
    expect(post({ fetchSite: undefined })).toBe(true);
    expect(post({ origin: "http://convene.example:8080", host: "convene.example:8080" })).toBe(true);
  });

  it("refuses a write from another origin, even when Sec-Fetch-Site claims otherwise", () => {
    expect(post({ origin: "https://attacker.example", fetchSite: "cross-site" })).toBe(false);
    expect(post({ origin: "http://attacker.example", fetchSite: "same-origin" })).toBe(false);
    // Another port is another origin.
    expect(post({ origin: "http://convene.example:8080" })).toBe(false);
    // A subdomain is another origin too.
    expect(post({ origin: "http://evil.convene.example", fetchSite: "same-site" })).toBe(false);
  });

  it("refuses a write whose scheme differs from the request's", () => {
    expect(post({ origin: "https://convene.example", protocol: "http" })).toBe(false);
    expect(post({ origin: "http://convene.example", protocol: "https" })).toBe(false);
  });

  it('refuses Origin "null" (sandboxed frames, data: URLs) unless the browser vouches same-origin', () => {
    expect(post({ origin: "null", fetchSite: undefined })).toBe(false);
    expect(post({ origin: "null", fetchSite: "cross-site" })).toBe(false);
  });

  it("falls back to Sec-Fetch-Site when there is no Origin", () => {
    expect(post({ origin: undefined, fetchSite: "same-origin" })).toBe(true);
    expect(post({ origin: undefined, fetchSite: "cross-site" })).toBe(false);
    expect(post({ origin: undefined, fetchSite: "same-site" })).toBe(false);
    expect(post({ origin: undefined, fetchSite: "none" })).toBe(false);
  });

  it("refuses a write with neither Origin nor Sec-Fetch-Site", () => {
    expect(post({ origin: undefined, fetchSite: undefined })).toBe(false);
  });

  it("refuses when the Host header is missing or the Origin is not a URL", () => {
    expect(post({ host: undefined })).toBe(false);
    expect(post({ origin: "not a url" })).toBe(false);
  });

  it("treats every non-read method as a write", () => {
    for (const method of ["PUT", "PATCH", "DELETE", "post"]) {
      expect(post({ method, origin: "https://attacker.example", fetchSite: "cross-site" })).toBe(false);
    }
  });
});
