import { useTranslation } from "react-i18next";
import type { InputWindowState } from "~/modules/consultations/input-window";

/** Why the consultation takes no input now, with its dates. */
export function InputWindowNotice({ state, opensOn, closesOn }: { state: InputWindowState; opensOn: string; closesOn: string }) {
  const { t } = useTranslation("participation");
  return (
    <div className="notice" role="status">
      <p>
        {state === "notYetOpen"
          ? t("closed.notYetOpen", { opens: opensOn, closes: closesOn })
          : t("closed.closed", { opens: opensOn, closes: closesOn })}
      </p>
    </div>
  );
}
