/** The participant account forms' schemas, shared by the routes. */
import { z } from "zod";
import { passphraseSchema, pseudonymHardLimit, pseudonymSchema } from "./credentials-rules";

export const joinForm = z
  .object({
    pseudonym: pseudonymSchema,
    passphrase: passphraseSchema,
    repeatPassphrase: z.string({ message: "auth.errors.passphraseRequired" }),
    /** Vouches for the pseudonym the page suggested (suggest-pseudonym.server.ts); anything else is ignored. */
    suggestionToken: z.string().max(100).optional(),
    sharedDevice: z.literal("on").optional(),
    /** Where "Take part with an account" came from; checked with safeReturnPath. */
    returnTo: z.string().max(2000).optional(),
  })
  .refine((form) => form.passphrase === form.repeatPassphrase, {
    path: ["repeatPassphrase"],
    message: "auth.errors.passphrasesDiffer",
  });

export const loginForm = z.object({
  pseudonym: z.string().trim().min(1, { message: "auth.errors.pseudonymRequired" }),
  passphrase: z.string().min(1, { message: "auth.errors.passphraseRequired" }),
  sharedDevice: z.literal("on").optional(),
});

export const recoverForm = z
  .object({
    pseudonym: z.string().trim().min(1, { message: "auth.errors.pseudonymRequired" }),
    recoveryCode: z.string().trim().min(1, { message: "auth.errors.recoveryCodeRequired" }).max(40, {
      message: "auth.errors.recoveryFailed",
    }),
    passphrase: passphraseSchema,
    repeatPassphrase: z.string({ message: "auth.errors.passphraseRequired" }),
  })
  .refine((form) => form.passphrase === form.repeatPassphrase, {
    path: ["repeatPassphrase"],
    message: "auth.errors.passphrasesDiffer",
  });

export const participantSecretFields = ["passphrase", "repeatPassphrase", "recoveryCode"] as const;
export const participantFieldLimits = { pseudonym: pseudonymHardLimit };
