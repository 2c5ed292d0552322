import { useTranslation } from "react-i18next";

/** A form-level message (e.g. too many attempts), announced to screen readers. */
export function FormProblem({ messageKey, values }: { messageKey?: string; values?: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  return (
    <div className="form-problem" role="alert">
      {t(messageKey, values)}
    </div>
  );
}
