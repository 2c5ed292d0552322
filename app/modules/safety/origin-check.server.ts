/**
 * CSRF defence for every non-GET request, in one place: the request must
 * come from Convene's own origin. SameSite=Lax cookies are the second layer.
 * A write with neither Origin nor Sec-Fetch-Site is refused: every browser
 * Convene supports sends at least one of them on a form post.
 */
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export type WriteRequestFacts = {
  method: string;
  origin: string | undefined;
  fetchSite: string | undefined;
  host: string | undefined;
  protocol: string;
};

export function isSameOriginWrite({ method, origin, fetchSite, host, protocol }: WriteRequestFacts): boolean {
  if (safeMethods.has(method.toUpperCase())) return true;
  if (origin && origin !== "null") {
    if (!host) return false;
    try {
      const parsed = new URL(origin);
      return parsed.host === host && parsed.protocol === `${protocol}:`;
    } catch {
      return false;
    }
  }
  return fetchSite === "same-origin";
}
