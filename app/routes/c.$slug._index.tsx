import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getPublicConsultation } from "~/modules/consultations/get-public-consultation.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { detectLanguage } from "~/modules/i18n/i18n.server";
import { languageNames, isSupportedLanguage } from "~/modules/i18n/config";
import { dataTitleMeta } from "~/modules/i18n/meta";

export const meta = dataTitleMeta<{ consultation: { title: string } }>((data) => data.consultation.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = await detectLanguage(request);
  const consultation = await getPublicConsultation(params.slug ?? "", language);
  if (!consultation) throw new Response(null, { status: 404 });
  return { consultation };
}

export default function ConsultationPage() {
  const { consultation } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article>
      <h1 lang={consultation.contentLanguage}>{consultation.title}</h1>
      <p lang={consultation.contentLanguage}>{consultation.description}</p>
      <dl className="facts">
        <dt>{t("consultation.hosts")}</dt>
        <dd>{consultation.hosts.map((host) => host.name).join(", ")}</dd>
        <dt>{t("consultation.region")}</dt>
        <dd>{consultation.region}</dd>
        <dt>{t("consultation.dates")}</dt>
        <dd>{t("consultation.datesRange", { opens: consultation.opensOn, closes: consultation.closesOn })}</dd>
        <dt>{t("consultation.languages")}</dt>
        <dd>
          {consultation.languages.map((code) => (isSupportedLanguage(code) ? languageNames[code] : code)).join(", ")}
        </dd>
      </dl>
      <h2>{t("consultation.principlesHeading")}</h2>
      {consultation.principlesByTheme.map((group) => (
        <section key={group.theme} aria-labelledby={`theme-${group.theme}`}>
          <h3 id={`theme-${group.theme}`}>{t(themeLabelKeys[group.theme])}</h3>
          <ol className="principles">
            {group.principles.map((principle) => (
              <li key={principle.number} lang={principle.language} value={principle.number}>
                <strong>{principle.title}</strong>
                {principle.body ? <p>{principle.body}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
