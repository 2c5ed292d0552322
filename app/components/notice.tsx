import { useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Notice as NoticeData } from "~/http/notice.server";

/**
 * The one place a flash notice is shown (app/http/notice.server.ts): only on
 * the page it was sent to, so it does not follow the person to the next page
 * when JavaScript navigates without reloading the root.
 */
export function Notice() {
  const notice = useRouteLoaderData<{ notice: NoticeData | null }>("root")?.notice ?? null;
  const location = useLocation();
  const { t } = useTranslation();
  if (!notice || notice.path !== location.pathname) return null;
  return (
    <p className="notice" role="status">
      {t(notice.key, notice.values)}
    </p>
  );
}
