import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request Content-Security-Policy nonce. */
    cspNonce?: string;
    /** Daily keyed hash standing in for the client in rate limits (never an address). */
    clientKey?: string;
  }
}
