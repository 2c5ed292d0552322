/**
 * Refusals thrown from loaders and actions, so a route states its
 * precondition in one line instead of building a Response by hand (like the
 * Epic Stack's `invariantResponse`). The root error boundary shows the
 * translated page for the status.
 */
export function invariantResponse(condition: unknown, status: 400 | 403 | 404 | 409 | 410 = 404): asserts condition {
  if (!condition) throw new Response(null, { status });
}

/** Throws a 400 for a request no page of ours sends (an unknown intent): the translated 400 page. */
export function badRequest(): never {
  throw new Response(null, { status: 400 });
}

/** Throws a 404: the same page for something that does not exist and something the person may not know exists. */
export function notFound(): never {
  throw new Response(null, { status: 404 });
}

/** Throws a 503 (the database is unreachable): the translated "try again shortly" page, with when to. */
export function serviceUnavailable(retryAfterSeconds = 10): never {
  throw new Response(null, { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } });
}
