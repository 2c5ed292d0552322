/**
 * One-time codes: participants' recovery codes and staff backup codes. Shown
 * once, stored only as argon2id hashes (60 random bits is short enough to
 * type on a phone, so it gets a slow salted hash, ASVS 6.5.2). Each works once.
 */
import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { decoyPassphraseHash, hashPassphrase, verifyPassphrase } from "./passphrase.server";

export const recoveryCodeCount = 8;

export function generateRecoveryCode(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const text = encodeBase32UpperCaseNoPadding(bytes).slice(0, 12);
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8, 12)}`;
}

/** Accepts the code however it was typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^A-Z2-7]/g, "");
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}`;
}

export async function generateRecoveryCodes(count = recoveryCodeCount): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: count }, generateRecoveryCode);
  return { codes, hashes: await Promise.all(codes.map(hashPassphrase)) };
}

/**
 * The id of the unused code that matches, if any, after exactly `slots`
 * argon2 checks: every candidate is checked even after a match, and missing
 * ones (an unknown account, codes already used) are made up with a decoy
 * hash, so the time taken says nothing about the account or the code.
 */
export async function findMatchingRecoveryCode(
  candidates: ReadonlyArray<{ id: string; codeHash: string }>,
  typed: string,
  slots: number,
  verify: (hash: string, code: string) => Promise<boolean> = verifyPassphrase,
): Promise<string | null> {
  const code = normaliseRecoveryCode(typed);
  const decoy = await decoyPassphraseHash();
  const checked = Array.from({ length: Math.max(slots, candidates.length) }, (_, index) => candidates[index] ?? { id: null, codeHash: decoy });
  let match: string | null = null;
  for (const candidate of checked) {
    // One at a time, like a single check: a request does not take over the hashing threads.
    if ((await verify(candidate.codeHash, code)) && candidate.id !== null) match ??= candidate.id;
  }
  return match;
}
