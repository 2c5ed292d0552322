/**
 * Encryption at rest for free text, in the application (never pgcrypto: the
 * database would then see keys and plaintext).
 *
 * Envelope scheme: each record has its own random 256-bit data key; the data
 * key is wrapped (AES-256-GCM) by a master key that lives only in the
 * environment. Every ciphertext binds, as additional authenticated data, the
 * record it belongs to, so a value copied to another row fails to decrypt.
 *
 *   wrapped data key: "k1:<masterKeyId>:<iv>:<tag>:<ciphertext>"  (base64url parts)
 *   encrypted field:  "v1:<iv>:<tag>:<ciphertext>"
 *   sealed value:     "s1:<wrapped data key with ':' → '.'>:<encrypted field>" (self-contained)
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const algorithm = "aes-256-gcm";
const ivBytes = 12;
const tagBytes = 16;

export type MasterKeyRing = {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
};

export class DecryptionError extends Error {
  constructor(what: string) {
    super(`Could not decrypt ${what}: wrong key, or the stored value was altered or moved`);
    this.name = "DecryptionError";
  }
}

/**
 * Reads "id:base64key" entries: CONVENE_MASTER_KEY is the current key;
 * CONVENE_PREVIOUS_MASTER_KEYS (comma-separated) are kept only until
 * `npm run admin -- rotate-keys` has re-wrapped every data key.
 */
export function parseMasterKeyRing(current: string, previous = ""): MasterKeyRing {
  const keys = new Map<string, Buffer>();
  const entries = [current, ...previous.split(",")].map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [id, encoded] = entry.split(":");
    const key = Buffer.from(encoded ?? "", "base64");
    if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
      throw new Error("Master keys must look like <id>:<32 bytes in base64> (see README, Configuration)");
    }
    keys.set(id, key);
  }
  const currentId = current.split(":")[0] ?? "";
  return { currentId, keys };
}

export function generateMasterKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

const encode = (buffer: Buffer) => buffer.toString("base64url");
const decode = (text: string) => Buffer.from(text, "base64url");

function seal(key: Buffer, plaintext: Buffer, aad: string): [string, string, string] {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [encode(iv), encode(cipher.getAuthTag()), encode(ciphertext)];
}

function open(key: Buffer, parts: string[], aad: string, what: string): Buffer {
  const [iv, tag, ciphertext] = parts;
  if (!iv || !tag || ciphertext === undefined) throw new DecryptionError(what);
  try {
    const decipher = createDecipheriv(algorithm, key, decode(iv), { authTagLength: tagBytes });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(decode(tag));
    return Buffer.concat([decipher.update(decode(ciphertext)), decipher.final()]);
  } catch {
    throw new DecryptionError(what);
  }
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** `context` names the record (e.g. "submission:<id>"); the wrap is bound to it and to the master key id. */
export function wrapDataKey(dataKey: Buffer, ring: MasterKeyRing, context: string): string {
  const masterKey = ring.keys.get(ring.currentId);
  if (!masterKey) throw new Error("The current master key is missing from the key ring");
  return ["k1", ring.currentId, ...seal(masterKey, dataKey, `k1|${ring.currentId}|${context}`)].join(":");
}

export function unwrapDataKey(wrapped: string, ring: MasterKeyRing, context: string): Buffer {
  const [version, keyId, ...parts] = wrapped.split(":");
  const masterKey = keyId ? ring.keys.get(keyId) : undefined;
  if (version !== "k1" || !keyId || !masterKey) throw new DecryptionError(`the data key of ${context}`);
  return open(masterKey, parts, `k1|${keyId}|${context}`, `the data key of ${context}`);
}

/** Which master key wrapped this data key (for rotation). */
export function masterKeyIdOf(wrapped: string): string | undefined {
  return wrapped.split(":")[1];
}

export function encryptText(dataKey: Buffer, plaintext: string, context: string): string {
  return ["v1", ...seal(dataKey, Buffer.from(plaintext, "utf8"), `v1|${context}`)].join(":");
}

export function decryptText(dataKey: Buffer, envelope: string, context: string): string {
  const [version, ...parts] = envelope.split(":");
  if (version !== "v1") throw new DecryptionError(context);
  return open(dataKey, parts, `v1|${context}`, context).toString("utf8");
}

/** One value with its own data key, stored in a single column (e.g. a TOTP secret). */
export function sealValue(plaintext: string, ring: MasterKeyRing, context: string): string {
  const dataKey = newDataKey();
  const wrapped = wrapDataKey(dataKey, ring, context).replaceAll(":", ".");
  return `s1:${wrapped}:${encryptText(dataKey, plaintext, context)}`;
}

export function openValue(sealed: string, ring: MasterKeyRing, context: string): string {
  const [version, wrapped, ...field] = sealed.split(":");
  if (version !== "s1" || !wrapped) throw new DecryptionError(context);
  const dataKey = unwrapDataKey(wrapped.replaceAll(".", ":"), ring, context);
  return decryptText(dataKey, field.join(":"), context);
}

/** Re-wraps a sealed value's data key under the current master key; the ciphertext is untouched. */
export function rewrapSealedValue(sealed: string, ring: MasterKeyRing, context: string): string {
  const [version, wrapped, ...field] = sealed.split(":");
  if (version !== "s1" || !wrapped) throw new DecryptionError(context);
  const dataKey = unwrapDataKey(wrapped.replaceAll(".", ":"), ring, context);
  return `s1:${wrapDataKey(dataKey, ring, context).replaceAll(":", ".")}:${field.join(":")}`;
}
