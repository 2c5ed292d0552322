import { createContext, useContext } from "react";

/** The per-request CSP nonce, for the few tags that must carry it. */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
