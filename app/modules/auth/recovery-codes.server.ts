/**
 * One-time codes: participants' recovery codes and staff backup codes. Shown
 * once, stored only as argon2id hashes (60 random bits is short enough to
 * type on a phone, so it gets a slow salted hash, ASVS 6.5.2). Each works once.
 */
import { encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { hashPassphrase, verifyPassphrase } from "./passphrase.server";

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

/** The id of the unused code that matches, if any. */
export async function findMatchingRecoveryCode(
  candidates: ReadonlyArray<{ id: string; codeHash: string }>,
  typed: string,
): Promise<string | null> {
  const code = normaliseRecoveryCode(typed);
  for (const candidate of candidates) {
    if (await verifyPassphrase(candidate.codeHash, code)) return candidate.id;
  }
  return null;
}
