import { useTranslation } from "react-i18next";

/**
 * Inside a form that could not be saved because the server or the network
 * was unreachable: says the text is still here, and offers the same action
 * again. The form keeps its idempotency key, so the retry saves once.
 */
export function SaveRetry({ intent }: { intent?: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-problem save-retry" role="alert">
      <p>{t("errors.notSaved")}</p>
      <button type="submit" name={intent ? "intent" : undefined} value={intent}>
        {t("errors.tryAgain")}
      </button>
    </div>
  );
}
