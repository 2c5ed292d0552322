import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listOpenConsultations } from "~/modules/consultations/list-open-consultations.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const language = await detectLanguage(request);
  const accountDeleted = new URL(request.url).searchParams.get("account") === "deleted";
  return { consultations: await listOpenConsultations(language), accountDeleted };
}

export default function Home() {
  const { consultations, accountDeleted } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const { t: tc } = useTranslation("consultations");
  return (
    <>
      {accountDeleted ? (
        <p className="notice" role="status">
          {t("home.accountDeleted")}
        </p>
      ) : null}
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <h2>{t("home.openHeading")}</h2>
      {consultations.length === 0 ? (
        <p>{t("home.none")}</p>
      ) : (
        <ul className="card-list">
          {consultations.map((consultation) => (
            <li key={consultation.slug} className="card">
              <h3 lang={consultation.titleLanguage}>
                <Link to={`/c/${consultation.slug}`}>{consultation.title}</Link>
              </h3>
              <p>{consultation.region}</p>
              <p>{t("home.hostedBy", { hosts: consultation.hostNames.join(", ") })}</p>
              <p>{t("home.closes", { date: consultation.closesOn })}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/archive">{tc("public.archiveLink")}</Link>
      </p>
    </>
  );
}
