/** Staff account forms' schemas, shared by the routes. */
import { z } from "zod";
import { passphraseSchema } from "./credentials-rules";

export const usernameSchema = z
  .string({ message: "staff.errors.usernameRequired" })
  .trim()
  .toLowerCase()
  .min(3, { message: "staff.errors.usernameInvalid" })
  .max(40, { message: "staff.errors.usernameInvalid" })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: "staff.errors.usernameInvalid" });

export const staffLoginForm = z.object({
  username: z.string().trim().min(1, { message: "staff.errors.usernameRequired" }).max(200),
  passphrase: z.string().min(1, { message: "auth.errors.passphraseRequired" }),
});

export const authenticationCodeForm = z.object({
  code: z.string().trim().min(1, { message: "staff.errors.codeRequired" }).max(40, { message: "staff.errors.codeInvalid" }),
});

export const newStaffAccountForm = z
  .object({
    username: usernameSchema,
    passphrase: passphraseSchema,
    repeatPassphrase: z.string({ message: "auth.errors.passphraseRequired" }),
  })
  .refine((form) => form.passphrase === form.repeatPassphrase, {
    path: ["repeatPassphrase"],
    message: "auth.errors.passphrasesDiffer",
  });

export const staffSecretFields = ["passphrase", "repeatPassphrase", "code"] as const;
