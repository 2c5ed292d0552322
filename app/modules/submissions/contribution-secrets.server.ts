/**
 * The secrets around one contribution, and how each is kept.
 *
 * - Form key: a random 128-bit value put in a form when it is rendered
 *   (hidden field `idempotencyKey`). Resending the same form sends the same
 *   key, so the server recognises a double click or a retry. Only a keyed
 *   hash of it is stored (`Submission.idempotencyKey`, unique).
 * - Draft token: ties an account-less contribution to one browser while it
 *   is written (HttpOnly cookie; only its SHA-256 is stored). The first one
 *   is derived from the consent form's key, so a double-clicked consent form
 *   gets the same cookie twice instead of two drafts.
 * - Receipt code: 120 bits, 24 base32 characters in six groups, shown once.
 *   Stored as a keyed hash (HMAC-SHA-256, "hmac-sha256$…") plus a keyed-hash
 *   lookup; receipts issued before December 2026 hold an argon2id hash,
 *   still accepted (docs/decisions.md, "Receipt codes: HMAC, not argon2id").
 *   It is derived from
 *   the browser's draft token and the form key of the request that issued
 *   it, so an identical retry (same cookie, same form) shows the same code,
 *   while the database — even with the server's secrets — cannot produce it
 *   (it holds only hashes of both inputs).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { verifyPassphrase } from "~/modules/auth/passphrase.server";
import { keyedHash } from "~/modules/safety/rate-limit.server";

const formKeyPattern = /^[A-Za-z0-9_-]{22}$/;
const draftTokenPattern = /^[a-z2-7]{32}$/;

export function generateFormKey(): string {
  return randomBytes(16).toString("base64url");
}

export function isFormKey(value: unknown): value is string {
  return typeof value === "string" && formKeyPattern.test(value);
}

/** What `Submission.idempotencyKey` holds for a form key: never the key itself. */
export function idempotencyDigest(step: "start" | "submit" | "in-person", formKey: string): string {
  return keyedHash("idempotency", step, formKey);
}

function keyedBytes(...parts: string[]): Buffer {
  return Buffer.from(keyedHash(...parts), "hex");
}

export function randomDraftToken(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(20));
}

/** The first draft token of a contribution, the same for every resend of the same consent form. */
export function draftTokenForStart(formKey: string): string {
  return encodeBase32LowerCaseNoPadding(keyedBytes("draft-token", formKey).subarray(0, 20));
}

export function isDraftToken(value: unknown): value is string {
  return typeof value === "string" && draftTokenPattern.test(value);
}

export function draftTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

// ---------------------------------------------------------------- receipt codes

export const receiptCodeCharacters = 24;

function groupCode(compact: string): string {
  return compact.match(/.{4}/g)!.join("-");
}

/** "ABCD-EFGH-…" (six groups of four): 120 bits, derived as described above. */
export function receiptCodeFor(draftToken: string, formKey: string): string {
  const bytes = keyedBytes("receipt-code", draftToken, formKey).subarray(0, 15);
  return groupCode(encodeBase32UpperCaseNoPadding(bytes));
}

/**
 * The code however it was typed: case, spaces and dashes do not matter, and
 * 0, 1 and 8 (not in the alphabet) are read as O, I and B. Null when it
 * cannot be a receipt code.
 */
export function normaliseReceiptCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/0/g, "O")
    .replace(/1/g, "I")
    .replace(/8/g, "B")
    .replace(/[^A-Z2-7]/g, "");
  return compact.length === receiptCodeCharacters ? groupCode(compact) : null;
}

export function receiptLookupFor(code: string): string {
  return keyedHash("receipt-lookup", code);
}

/** The prefix of receipt hashes made with keyedHash; older ones are argon2id ("$argon2id$…"). */
export const receiptHmacPrefix = "hmac-sha256$";

/**
 * What `Submission.receiptHash` holds for a new code. A keyed HMAC, not a
 * slow hash: slow hashes protect secrets people choose and can guess; a
 * receipt code is 120 random bits, so no one can try enough of them for
 * slowness to matter, and argon2id cost ~30 ms of CPU and 19 MiB per submit
 * (docs/decisions.md, "Receipt codes: HMAC, not argon2id"). Its own purpose
 * label, so it never equals the lookup column (receiptLookupFor).
 */
export function hashReceiptCode(code: string): string {
  return `${receiptHmacPrefix}${keyedHash("receipt-verify", code)}`;
}

/**
 * Checks a code against a stored hash of either kind, told apart by format:
 * HMAC (compared in constant time) or, for receipts issued before, argon2id.
 * Anything else matches nothing.
 */
export async function verifyReceiptCode(receiptHash: string, code: string): Promise<boolean> {
  if (receiptHash.startsWith(receiptHmacPrefix)) {
    const expected = Buffer.from(receiptHash.slice(receiptHmacPrefix.length), "hex");
    const actual = Buffer.from(keyedHash("receipt-verify", code), "hex");
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
  if (receiptHash.startsWith("$argon2")) return verifyPassphrase(receiptHash, code);
  return false;
}
