/**
 * The self-description page's forms (/c/:slug/about-you): open it (with a
 * receipt code, from the page that showed it), save, delete. Every field is
 * optional here; what the consultation asks and what a value may be is the
 * save use case's rule (self-description-answers.ts). Without an account the
 * receipt code rides along on every post, never in a URL.
 */
import { z } from "zod";
import { dimensionNames, selfDescribedMaxLength } from "./dimensions";
import { consentField, wordsField } from "./self-description-answers";

const optionalText = z.string().optional();
const answerFields = Object.fromEntries(
  dimensionNames.flatMap((dimension) => [
    [dimension, optionalText],
    [
      wordsField(dimension),
      z
        .string()
        .max(selfDescribedMaxLength, { message: "selfdescription:errors.wordsTooLong" })
        .optional(),
    ],
  ]),
) as Record<string, z.ZodOptional<z.ZodString>>;

/** Who it belongs to: the receipt code without an account; an account may name its contribution (from My contributions). */
const receiptCode = { receiptCode: z.string().trim().optional(), contribution: z.string().uuid().optional() };

export const selfDescriptionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("open"), ...receiptCode }),
  z.object({ intent: z.literal("save"), [consentField]: z.literal("on").optional(), ...receiptCode, ...answerFields }),
  z.object({ intent: z.literal("delete"), ...receiptCode }),
]);
