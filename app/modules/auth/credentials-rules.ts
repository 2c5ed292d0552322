/**
 * Rules for what a participant may choose as a pseudonym and passphrase.
 * Shared by the server's zod schemas and the forms' hints. Error values are
 * translation keys, so each message reaches the person in their language.
 */
import { z } from "zod";
import { passphraseMaxLength, passphraseMinLength, pseudonymMaxLength } from "./credential-limits";

export { passphraseMaxLength, passphraseMinLength, pseudonymHardLimit, pseudonymMaxLength } from "./credential-limits";

const emailLike = /[^\s@]+@[^\s@]+/;
const urlLike = /(https?:\/\/|www\.|\.(com|org|net|io|co|info|gov|edu)\b)/i;
const allowedCharacters = /^[\p{L}\p{M}\p{N} ._-]+$/u;

/** Seven or more digits, ignoring spaces, dots, dashes, brackets and a leading +: looks like a phone number. */
function looksLikePhoneNumber(value: string): boolean {
  const digits = value.replace(/[\s().+-]/g, "");
  return /\d{7,}/.test(digits);
}

/** The form used for uniqueness and sign-in: "Río" and "RÍO" are one pseudonym. */
export function pseudonymKey(pseudonym: string): string {
  return pseudonym.normalize("NFKC").trim().toLocaleLowerCase("und");
}

export const pseudonymSchema = z
  .string({ message: "auth.errors.pseudonymRequired" })
  .transform((value) => value.normalize("NFKC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(3, { message: "auth.errors.pseudonymTooShort" })
      .max(pseudonymMaxLength, { message: "auth.errors.pseudonymTooLong" })
      .refine((value) => !emailLike.test(value), { message: "auth.errors.pseudonymLooksLikeEmail" })
      .refine((value) => !urlLike.test(value), { message: "auth.errors.pseudonymLooksLikeUrl" })
      .refine((value) => !looksLikePhoneNumber(value), { message: "auth.errors.pseudonymLooksLikePhone" })
      .refine((value) => allowedCharacters.test(value), { message: "auth.errors.pseudonymCharacters" }),
  );

export const passphraseSchema = z
  .string({ message: "auth.errors.passphraseRequired" })
  .min(passphraseMinLength, { message: "auth.errors.passphraseTooShort" })
  .max(passphraseMaxLength, { message: "auth.errors.passphraseTooLong" });
