/**
 * The steps of the answering pages: one per theme that has questions, then
 * the review. Which step an address asks for, and where each button leads.
 */
import type { Theme } from "~/generated/prisma/enums";
import type { ParticipationConsultation } from "./participation-consultation.server";
import type { StepTitle } from "./respond-title";

export type Step = Theme | "review";

/**
 * The buttons of the answering pages. Those of a theme page (and "Save and
 * continue later" on the review page) save the answers posted with them
 * first; `goto:<step>` is the step list's buttons. Written out in full so an
 * intent no page sends is refused (400) instead of falling to a default.
 * Here rather than in respond-forms.ts because the page's "Try again" reads
 * the list too, and the browser must get no zod (tests/weight).
 */
export const stepIntents = [
  "next",
  "previous",
  "autosave",
  "saveLater",
  "newCode",
  "goto:prevention",
  "goto:protection",
  "goto:participation",
  "goto:recovery",
  "goto:review",
] as const satisfies readonly (string | `goto:${Step}`)[];
export type StepIntent = (typeof stepIntents)[number];

export const respondPath = (slug: string, step: Step) => `/c/${slug}/respond?step=${step}`;

/** The step an address asks for (`?step=`); anything else is the first one. */
export function stepOf(consultation: ParticipationConsultation, requested: string | null) {
  const steps = consultation.steps.map((step) => step.theme);
  const step: Step =
    requested === "review" ? "review" : steps.includes(requested as Theme) ? (requested as Theme) : (steps[0] ?? "review");
  const themeStep = step === "review" ? undefined : consultation.steps.find((candidate) => candidate.theme === step);
  return { steps, step, themeStep };
}

/** Where a navigation button leads from `step`. */
export function stepAfter(intent: Extract<StepIntent, "next" | "previous" | `goto:${string}`>, steps: readonly Theme[], step: Step): Step {
  const index = step === "review" ? steps.length : steps.indexOf(step);
  if (intent === "next") return steps[index + 1] ?? "review";
  if (intent === "previous") return steps[index - 1] ?? steps[0] ?? "review";
  const target = intent.slice("goto:".length);
  return target === "review" ? "review" : steps.includes(target as Theme) ? (target as Theme) : step;
}

/** The loader's part of the page's <title>: which step it shows (respond-title.ts). */
export function stepTitleOf(steps: readonly Theme[], step: Step): StepTitle {
  return step === "review" ? { kind: "review" } : { kind: "theme", theme: step, number: steps.indexOf(step) + 1, total: steps.length };
}
