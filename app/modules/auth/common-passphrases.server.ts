/**
 * The ~49,000 most common passwords from @zxcvbn-ts/language-common, shipped
 * with the app so the check needs no network (a breach-corpus lookup would
 * send a hash prefix to a third party).
 */
import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

export function isCommonPassphrase(passphrase: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));
  const normalised = passphrase.toLowerCase();
  // "password123456" is as weak as "password": also test without trailing digits and symbols.
  return common.has(normalised) || common.has(normalised.replace(/[\d\W_]+$/u, ""));
}

/** Words for generated pseudonyms: the common diceware list (plain, neutral English words). */
export function pseudonymWords(): readonly string[] {
  return dictionary["diceware-common"] as string[];
}
