import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Theme } from "~/generated/prisma/enums";
import { themeLabelKeys } from "~/modules/consultations/themes";

import type { Step } from "~/modules/submissions/respond-steps";

export type { Step };

function useStepLabel() {
  const { t } = useTranslation("participation");
  return (step: Step) => (step === "review" ? t("progress.review") : t(themeLabelKeys[step], { ns: "common" }));
}

/**
 * Where the person is, in plain text readable without JavaScript ("Theme 2
 * of 4"), and the list of steps with the current one marked.
 */
export function ProgressSummary({ steps, current }: { steps: readonly Theme[]; current: Step }) {
  const { t } = useTranslation("participation");
  const label = useStepLabel();
  const all: Step[] = [...steps, "review"];
  return (
    <div className="progress">
      <p className="progress__label">
        {current === "review"
          ? t("progress.atReview", { total: steps.length })
          : t("progress.theme", { current: steps.indexOf(current) + 1, total: steps.length })}
      </p>
      <ol className="progress__steps">
        {all.map((step) => (
          <li key={step} className={step === current ? "progress__step progress__step--current" : "progress__step"}>
            {step === current ? <span aria-current="step">{label(step)}</span> : label(step)}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * Moving to any step. On a page with answers the steps are buttons of its
 * form (placed after its main buttons, so Enter never picks one), so moving
 * saves what was typed; elsewhere they are links.
 */
export function StepNavigation({
  slug,
  steps,
  current,
  formId,
}: {
  slug: string;
  steps: readonly Theme[];
  current: Step;
  formId?: string;
}) {
  const { t } = useTranslation("participation");
  const label = useStepLabel();
  const all: Step[] = [...steps, "review"];
  return (
    <nav className="step-navigation" aria-label={t("progress.label")}>
      <ul>
        {all
          .filter((step) => step !== current)
          .map((step) => (
            <li key={step}>
              {formId ? (
                <button type="submit" form={formId} name="intent" value={`goto:${step}`} className="button--link">
                  {label(step)}
                </button>
              ) : (
                <Link to={`/c/${slug}/respond?step=${step}`}>{label(step)}</Link>
              )}
            </li>
          ))}
      </ul>
    </nav>
  );
}
