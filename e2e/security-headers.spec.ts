/**
 * Security headers on every kind of response (server/http.ts,
 * app/entry.server.tsx): a per-request CSP nonce that the page's scripts
 * carry, no inline script allowed otherwise, no framing, no plugins, no
 * <base>, no referrer, no powerful features, and nothing cached.
 */
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoSlug } from "./settings";

const pages = [
  { path: "/", status: 200, html: true },
  { path: "/safety", status: 200, html: true },
  { path: `/c/${demoSlug}`, status: 200, html: true },
  { path: "/no-such-page", status: 404, html: true },
  { path: "/healthz", status: 200, html: false },
];

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

function cspNonce(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = directives(csp).get("script-src") ?? [];
  const nonces = scriptSrc.flatMap((value) => /^'nonce-([A-Za-z0-9+/=_-]+)'$/.exec(value)?.[1] ?? []);
  expect(nonces, `one nonce in script-src: ${csp}`).toHaveLength(1);
  return nonces[0] ?? "";
}

for (const { path, status, html } of pages) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const headers = response.headers();

    const csp = headers["content-security-policy"] ?? "";
    const policy = directives(csp);
    const scriptSrc = policy.get("script-src") ?? [];
    const nonce = cspNonce(response);
    expect(nonce.length).toBeGreaterThanOrEqual(16);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("*");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    const permissions = headers["permissions-policy"] ?? "";
    for (const feature of ["camera", "microphone", "geolocation"]) expect(permissions).toMatch(new RegExp(`(^|,\\s*)${feature}=\\(\\)`));
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["x-powered-by"]).toBeUndefined();

    if (html) {
      expect(headers["content-type"]).toMatch(/^text\/html/);
      const body = await response.text();
      const scripts = [...body.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script, "every script carries this response's nonce").toContain(`nonce="${nonce}"`);
    }

    // A fresh nonce for every response.
    const again = await request.get(path, { maxRedirects: 0 });
    expect(cspNonce(again)).not.toBe(nonce);
  });
}
