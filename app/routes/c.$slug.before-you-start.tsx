import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { notFound } from "~/http/responses.server";
import { showQuickExitIntro } from "~/http/quick-exit-intro.server";

export const meta = titleMeta("participation:quickExitIntro.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const result = await showQuickExitIntro(request, params.slug ?? "", await detectLanguage(request));
  if (result.kind === "notFound") notFound();
  return data({ consultation: result.consultation }, { headers: { "Set-Cookie": result.setCookie } });
}

/** GOV.UK's interruption page: the quick exit explained once, before taking part. */
export default function BeforeYouStart() {
  const { consultation } = useLoaderData<typeof loader>();
  const { t } = useTranslation("participation");
  return (
    <article className="prose interruption">
      <p className="interruption__context" lang={consultation.titleLanguage}>
        {consultation.title}
      </p>
      <h1>{t("quickExitIntro.title")}</h1>
      <p className="lead">{t("quickExitIntro.what")}</p>
      <p>{t("quickExitIntro.shortcut")}</p>
      <p>{t("quickExitIntro.history")}</p>
      <p>{t("quickExitIntro.typed")}</p>
      <p>{t("quickExitIntro.comeBack")}</p>
      <p>
        <Link to="/safety">{t("quickExitIntro.safetyLink")}</Link>
      </p>
      <p>
        <Link className="button-link" to={`/c/${consultation.slug}/consent`}>
          {t("quickExitIntro.continue")}
        </Link>
      </p>
    </article>
  );
}
