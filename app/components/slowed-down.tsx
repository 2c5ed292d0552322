import { useTranslation } from "react-i18next";
import { bulkReadRetryAfterSeconds } from "~/modules/audit/bulk-read-limits";

/** What a workspace page shows instead of input while its reader is over the bulk-read limit (answered with 429). */
export function SlowedDown({ heading }: { heading: string }) {
  const { t } = useTranslation("workspace");
  return (
    <section className="prose">
      <h1>{heading}</h1>
      <p role="alert">{t("readAudit.slowedDown", { seconds: bulkReadRetryAfterSeconds })}</p>
    </section>
  );
}
