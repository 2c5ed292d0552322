import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Translated error page. Shows no stack, message or other internals. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation();
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
