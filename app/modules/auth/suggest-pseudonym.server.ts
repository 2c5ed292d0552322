import { timingSafeEqual } from "node:crypto";
import { getDb } from "~/modules/db/db.server";
import { keyedHash } from "~/modules/safety/rate-limit.server";
import { pseudonymWords } from "./common-passphrases.server";
import { pseudonymKey } from "./credentials-rules";
import { pseudonymLookup } from "./pseudonym.server";

function pick<T>(items: readonly T[]): T {
  const index = new Uint32Array(1);
  crypto.getRandomValues(index);
  return items[(index[0] ?? 0) % items.length] as T;
}

/** A suggestion like "quiet-harbor-73": easy to remember, says nothing about the person. */
export function suggestPseudonym(): string {
  const words = pseudonymWords().filter((word) => word.length >= 4 && word.length <= 8);
  const number = new Uint32Array(1);
  crypto.getRandomValues(number);
  return `${pick(words)}-${pick(words)}-${10 + ((number[0] ?? 0) % 90)}`;
}

/** A suggestion no account has yet (checked, a few tries), to offer when a chosen one is taken. */
export async function suggestUnusedPseudonym(): Promise<string> {
  let suggestion = suggestPseudonym();
  for (let attempt = 0; attempt < 5; attempt++) {
    const taken = await getDb().participant.findUnique({ where: { pseudonymKey: pseudonymLookup(suggestion) }, select: { id: true } });
    if (!taken) break;
    suggestion = suggestPseudonym();
  }
  return suggestion;
}

/**
 * Proof that the server offered this pseudonym (a keyed hash, carried in the
 * join form): a client past its "already in use" answers may still take a
 * suggestion, since learning whether a random suggestion is free says
 * nothing about anyone.
 */
export function suggestionToken(pseudonym: string): string {
  return keyedHash("pseudonym-suggestion", pseudonymKey(pseudonym));
}

export function isOfferedSuggestion(pseudonym: string, token: string | undefined): boolean {
  const expected = Buffer.from(suggestionToken(pseudonym));
  const given = Buffer.from(token ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
