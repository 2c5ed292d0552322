import type { Theme } from "~/generated/prisma/enums";

/** The four fixed themes, in the order they are always shown. */
export const themes = ["prevention", "protection", "participation", "recovery"] as const satisfies readonly Theme[];

/** Translation keys written out in full, so the unused-key check can see them. */
export const themeLabelKeys: Record<Theme, string> = {
  prevention: "themes.prevention",
  protection: "themes.protection",
  participation: "themes.participation",
  recovery: "themes.recovery",
};
