/**
 * The answering page's <title>: its own for each step ("Theme 2 of 4:
 * Protection", "Review", "Sent"), and "Error: …" while the page shows an
 * error, so a screen reader's first words say where the person is.
 *
 * Remix's meta sees only loader data. What the page shows after a form post
 * is decided by the action, so the action's outcome reaches the title two
 * ways: without JavaScript (one document request), the action leaves it in
 * the load context for the loader to pass on; with JavaScript, the page sets
 * the title itself from the action's answer (useRespondTitle).
 */
import type { TFunction } from "i18next";
import type { Theme } from "~/generated/prisma/enums";
import { themeLabelKeys } from "~/modules/consultations/themes";

/** What the loader alone would show. */
export type StepTitle =
  | { kind: "theme"; theme: Theme; number: number; total: number }
  | { kind: "review" }
  | { kind: "sent" }
  | { kind: "answers"; error?: boolean };

/** What an action's answer changes in it (never the answer's content: no codes, no text). */
export type ActionOutcome = { kind: "sent" } | { kind: "saved" } | { kind: "error" };

/** Reads an action's answer, as returned on the server (`data(…)`) or as the page receives it. */
export function actionOutcomeOf(result: unknown): ActionOutcome | null {
  const payload = result && typeof result === "object" && "data" in result && "init" in result ? result.data : result;
  if (!payload || typeof payload !== "object") return null;
  if ("receipt" in payload || "alreadySent" in payload) return { kind: "sent" };
  if ("savedLater" in payload) return { kind: "saved" };
  if ("failure" in payload) return { kind: "error" };
  return null;
}

export function respondTitle(t: TFunction, step: StepTitle, outcome: ActionOutcome | null): string {
  if (outcome?.kind === "sent") return t("participation:respond.titles.sent");
  if (outcome?.kind === "saved") return t("participation:respond.titles.saved");
  const title =
    step.kind === "theme"
      ? t("participation:respond.titles.theme", {
          number: step.number,
          total: step.total,
          theme: t(themeLabelKeys[step.theme], { ns: "common" }),
        })
      : step.kind === "review"
        ? t("participation:respond.titles.review")
        : step.kind === "sent"
          ? t("participation:respond.titles.sent")
          : t("participation:respond.title");
  const error = outcome?.kind === "error" || (step.kind === "answers" && step.error === true);
  return error ? t("participation:respond.titles.error", { title }) : title;
}
