/** The header's language choice, posted to /language: a language Convene ships, and the page to go back to. */
import { z } from "zod";
import { safeReturnPath } from "~/modules/safety/return-path";
import { supportedLanguages } from "./config";

export const languageChoice = z.object({
  language: z.enum(supportedLanguages),
  returnTo: z.string().optional().transform(safeReturnPath),
});
