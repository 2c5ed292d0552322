import { z } from "zod";

const name = z.string().trim().min(1, "workspace:codebook.errors.nameRequired").max(80, "workspace:codebook.errors.nameTooLong");
const description = z.string().trim().max(500, "workspace:codebook.errors.descriptionTooLong").default("");
const themeId = z.uuid("workspace:codebook.errors.unknownTheme");

/** The codebook page's forms: add an emerging theme, rename (and describe) one, remove one. */
export const codebookPageForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), name, description }),
  z.object({ intent: z.literal("rename"), themeId, name, description }),
  z.object({ intent: z.literal("remove"), themeId }),
]);
