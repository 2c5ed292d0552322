import "@remix-run/node";
import type { ActionOutcome } from "~/modules/submissions/respond-title";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request Content-Security-Policy nonce. */
    cspNonce?: string;
    /** Daily keyed hash standing in for the client in rate limits (never an address). */
    clientKey?: string;
    /**
     * Without JavaScript the action and the page's loaders run in one request:
     * what the action showed, so the loader can give the page its <title>.
     */
    actionOutcome?: ActionOutcome;
  }
}
