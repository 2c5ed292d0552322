import { describe, expect, it } from "vitest";
import {
  DecryptionError,
  decryptText,
  encryptText,
  generateMasterKeyEntry,
  masterKeyIdOf,
  newDataKey,
  openValue,
  parseMasterKeyRing,
  rewrapSealedValue,
  sealValue,
  unwrapDataKey,
  wrapDataKey,
} from "./envelope.server";

const context = "submission:11111111-1111-1111-1111-111111111111";
const otherContext = "submission:22222222-2222-2222-2222-222222222222";

/** Flips the lowest bit of one byte in the colon-separated, base64url part at `partIndex`. */
function tamper(envelope: string, partIndex: number): string {
  const parts = envelope.split(":");
  const bytes = Buffer.from(parts[partIndex] ?? "", "base64url");
  expect(bytes.length).toBeGreaterThan(0);
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[partIndex] = bytes.toString("base64url");
  return parts.join(":");
}

/** The wrapped data key inside a sealed value, back in its "k1:…" form. */
const wrappedKeyOf = (sealed: string) => (sealed.split(":")[1] ?? "").replaceAll(".", ":");
/** The encrypted field inside a sealed value. */
const fieldOf = (sealed: string) => sealed.split(":").slice(2).join(":");

describe("field encryption (v1 envelopes)", () => {
  const dataKey = newDataKey();
  // "v1:<iv>:<tag>:<ciphertext>"
  const ivPart = 1;
  const tagPart = 2;
  const ciphertextPart = 3;

  it("round-trips text, including non-Latin scripts and the empty string", () => {
    for (const text of ["I would like the principle to name forced marriage.", "لا أريد أن يُذكر اسمي", ""]) {
      expect(decryptText(dataKey, encryptText(dataKey, text, context), context)).toBe(text);
    }
  });

  it("refuses a ciphertext or tag altered by one byte", () => {
    const envelope = encryptText(dataKey, "private answer", context);
    expect(() => decryptText(dataKey, tamper(envelope, ciphertextPart), context)).toThrow(DecryptionError);
    expect(() => decryptText(dataKey, tamper(envelope, tagPart), context)).toThrow(DecryptionError);
    expect(() => decryptText(dataKey, tamper(envelope, ivPart), context)).toThrow(DecryptionError);
  });

  it("refuses a value moved to another row (the record is bound as AAD)", () => {
    const envelope = encryptText(dataKey, "private answer", context);
    expect(() => decryptText(dataKey, envelope, otherContext)).toThrow(DecryptionError);
  });

  it("refuses the wrong data key", () => {
    const envelope = encryptText(dataKey, "private answer", context);
    expect(() => decryptText(newDataKey(), envelope, context)).toThrow(DecryptionError);
  });

  it("never reuses an IV across 10,000 encryptions under one key", () => {
    const ivs = new Set<string>();
    for (let index = 0; index < 10_000; index++) {
      ivs.add(encryptText(dataKey, "same text", context).split(":")[ivPart] ?? "");
    }
    expect(ivs.size).toBe(10_000);
  });
});

describe("data key wrapping (k1)", () => {
  const ring = parseMasterKeyRing(generateMasterKeyEntry("current"));
  // "k1:<masterKeyId>:<iv>:<tag>:<ciphertext>"
  const tagPart = 3;
  const ciphertextPart = 4;

  it("round-trips a data key and names the master key that wrapped it", () => {
    const dataKey = newDataKey();
    const wrapped = wrapDataKey(dataKey, ring, context);
    expect(masterKeyIdOf(wrapped)).toBe("current");
    expect(unwrapDataKey(wrapped, ring, context).equals(dataKey)).toBe(true);
  });

  it("refuses an altered wrap", () => {
    const wrapped = wrapDataKey(newDataKey(), ring, context);
    expect(() => unwrapDataKey(tamper(wrapped, ciphertextPart), ring, context)).toThrow(DecryptionError);
    expect(() => unwrapDataKey(tamper(wrapped, tagPart), ring, context)).toThrow(DecryptionError);
  });

  it("refuses a wrap moved to another row", () => {
    const wrapped = wrapDataKey(newDataKey(), ring, context);
    expect(() => unwrapDataKey(wrapped, ring, otherContext)).toThrow(DecryptionError);
  });

  it("refuses a wrap whose master key is not in the ring", () => {
    const wrapped = wrapDataKey(newDataKey(), ring, context);
    const ringWithoutThatKey = parseMasterKeyRing(generateMasterKeyEntry("unrelated"));
    expect(() => unwrapDataKey(wrapped, ringWithoutThatKey, context)).toThrow(DecryptionError);
  });

  it("refuses a ring whose key under the same id is different", () => {
    const wrapped = wrapDataKey(newDataKey(), ring, context);
    const impostor = parseMasterKeyRing(generateMasterKeyEntry("current"));
    expect(() => unwrapDataKey(wrapped, impostor, context)).toThrow(DecryptionError);
  });
});

describe("master key ring", () => {
  it("refuses malformed entries", () => {
    expect(() => parseMasterKeyRing("no-colon-here")).toThrow(/Master keys must look like/);
    expect(() => parseMasterKeyRing(`short:${Buffer.alloc(16).toString("base64")}`)).toThrow(/Master keys/);
    expect(() => parseMasterKeyRing(generateMasterKeyEntry("ok"), "bad id!:abc")).toThrow(/Master keys/);
  });
});

describe("sealed values and key rotation", () => {
  const oldEntry = generateMasterKeyEntry("old");
  const newEntry = generateMasterKeyEntry("new");
  const secret = "JBSWY3DPEHPK3PXP";
  const staffContext = "staff-totp:33333333-3333-3333-3333-333333333333";

  it("round-trips and is bound to its record", () => {
    const ring = parseMasterKeyRing(oldEntry);
    const sealed = sealValue(secret, ring, staffContext);
    expect(sealed).toMatch(/^s1:/);
    expect(sealed).not.toContain(secret);
    expect(openValue(sealed, ring, staffContext)).toBe(secret);
    expect(() => openValue(sealed, ring, "staff-totp:someone-else")).toThrow(DecryptionError);
  });

  it("survives a rotation: readable during it, re-wrapped under the new key, then readable without the old one", () => {
    const sealed = sealValue(secret, parseMasterKeyRing(oldEntry), staffContext);

    // During rotation the new key is current and the old one is kept as previous.
    const rotatingRing = parseMasterKeyRing(newEntry, oldEntry);
    expect(rotatingRing.currentId).toBe("new");
    expect(openValue(sealed, rotatingRing, staffContext)).toBe(secret);

    const rewrapped = rewrapSealedValue(sealed, rotatingRing, staffContext);
    expect(masterKeyIdOf(wrappedKeyOf(sealed))).toBe("old");
    expect(masterKeyIdOf(wrappedKeyOf(rewrapped))).toBe("new");
    // Only the data key's wrap changes; the encrypted text itself is untouched.
    expect(fieldOf(rewrapped)).toBe(fieldOf(sealed));

    // After rotation the old key is dropped from the environment.
    const newKeyOnly = parseMasterKeyRing(newEntry);
    expect(openValue(rewrapped, newKeyOnly, staffContext)).toBe(secret);
    expect(() => openValue(sealed, newKeyOnly, staffContext)).toThrow(DecryptionError);
  });
});
