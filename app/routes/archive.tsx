import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listClosedConsultations } from "~/modules/consultations/list-closed-consultations.server";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";

export const meta = titleMeta("consultations:public.archiveTitle");

/** Public: consultations that no longer take input. */
export async function loader({ request }: LoaderFunctionArgs) {
  return { consultations: await listClosedConsultations(await detectLanguage(request)) };
}

export default function ArchivePage() {
  const { consultations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("consultations");
  const { t: tCommon } = useTranslation();
  return (
    <>
      <h1>{t("public.archiveTitle")}</h1>
      <p className="lead">{t("public.archiveIntro")}</p>
      {consultations.length === 0 ? (
        <p>{t("public.archiveNone")}</p>
      ) : (
        <ul className="card-list">
          {consultations.map((consultation) => (
            <li key={consultation.slug} className="card">
              <h2 lang={consultation.titleLanguage}>
                <Link to={`/c/${consultation.slug}`}>{consultation.title}</Link>
              </h2>
              <p>{consultation.region}</p>
              <p>{tCommon("home.hostedBy", { hosts: consultation.hostNames.join(", ") })}</p>
              <p>{tCommon("consultation.datesRange", { opens: consultation.opensOn, closes: consultation.closesOn })}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/">{t("public.openLink")}</Link>
      </p>
    </>
  );
}
