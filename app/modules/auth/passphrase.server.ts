/**
 * Passphrases are hashed with argon2id at OWASP's recommended minimum
 * (19 MiB memory, 2 iterations, 1 lane). @node-rs/argon2 ships prebuilt
 * binaries in npm packages, so nothing is compiled or downloaded on install.
 */
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassphrase(passphrase: string): Promise<string> {
  return hash(passphrase, argon2Options);
}

export async function verifyPassphrase(passphraseHash: string, passphrase: string): Promise<boolean> {
  try {
    return await verify(passphraseHash, passphrase);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * A hash with the same parameters that no passphrase or code matches (its
 * input is random and forgotten): checking against it costs what checking a
 * real one does, so an unknown account takes as long as a known one.
 */
export function decoyPassphraseHash(): Promise<string> {
  decoy ??= hashPassphrase(randomBytes(32).toString("base64"));
  return decoy;
}
// Made at start-up, so the first unknown account is not the one request that pays for it.
void decoyPassphraseHash();
