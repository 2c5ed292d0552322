/**
 * Where a form may send the person back to: a path on this site only (never
 * an open redirect such as "//elsewhere" or "/\elsewhere"), written in
 * printable ASCII as a browser sends a path. Anything else — a NUL, a
 * bidirectional-override character, a space — would either be refused by
 * the HTTP layer as a header value (a 500) or make a misleading address, so
 * it becomes the home page.
 */
const returnPathPattern = /^\/(?![/\\])[\x21-\x7E]{0,2000}$/;

export function safeReturnPath(value: unknown): string {
  return typeof value === "string" && returnPathPattern.test(value) ? value : "/";
}
