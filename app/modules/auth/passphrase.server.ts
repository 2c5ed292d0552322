/**
 * Passphrases are hashed with argon2id at OWASP's recommended minimum
 * (19 MiB memory, 2 iterations, 1 lane). @node-rs/argon2 ships prebuilt
 * binaries in npm packages, so nothing is compiled or downloaded on install.
 */
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
