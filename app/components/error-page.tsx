import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** What a 403 carries (app/http/require-permission.server.ts): why, and which kind of account asked. */
export type Refusal = { refusal: string; signedInAs: "participant" | "staff" };

function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && typeof (value as Refusal).refusal === "string";
}

/** Translated error page. Shows no stack, message or other internals. */
export function ErrorPage({ status, data }: { status: number; data?: unknown }) {
  const { t } = useTranslation();
  if (status === 403) {
    // A refusal is not a crash: say what this account cannot open here, and where its own pages are.
    const refusal = isRefusal(data) ? data : null;
    const home = refusal?.signedInAs === "staff" ? "/staff" : refusal?.signedInAs === "participant" ? "/me" : "/";
    return (
      <div className="error-page">
        <title>{t("errors.forbidden.title")}</title>
        <h1>{t("errors.forbidden.title")}</h1>
        <p>{t(refusal?.refusal ?? "errors.forbidden.generic")}</p>
        <p>
          <Link to={home}>
            {home === "/staff"
              ? t("errors.forbidden.toStaffWorkspace")
              : home === "/me"
                ? t("errors.forbidden.toOwnPage")
                : t("errors.backHome")}
          </Link>
        </p>
      </div>
    );
  }
  const texts =
    status === 404
      ? { title: t("errors.notFoundTitle"), body: t("errors.notFoundBody") }
      : status === 400
        ? { title: t("errors.badRequestTitle"), body: t("errors.badRequestBody") }
        : status === 503
          ? { title: t("errors.unavailableTitle"), body: t("errors.unavailableBody") }
          : { title: t("errors.genericTitle"), body: t("errors.genericBody") };
  return (
    <div className="error-page">
      <title>{texts.title}</title>
      <h1>{texts.title}</h1>
      <p>{texts.body}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
