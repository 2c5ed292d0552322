import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WideTable } from "~/components/wide-table";
import { detectLanguage } from "~/http/i18n.server";
import { titleMeta } from "~/http/meta";
import { requireFacilitatorConsultation } from "~/http/require-facilitator-consultation.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { listSyntheses, type SynthesisStatus } from "~/modules/summaries/list-syntheses.server";

export const handle = { i18n: "workspace" };
export const meta = titleMeta("workspace:synthesis.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const { consultationId } = await requireFacilitatorConsultation(request, slug);
  return { slug, overview: await listSyntheses(consultationId, await detectLanguage(request)) };
}

function StatusCells({ status }: { status: SynthesisStatus }) {
  const { t } = useTranslation("workspace");
  return (
    <>
      <td>{status.latest ? t("synthesis.versionOn", { version: status.latest.version, day: status.latest.savedOn }) : t("synthesis.none")}</td>
      <td>
        {status.published ? t("synthesis.versionOn", { version: status.published.version, day: status.published.publishedOn }) : t("synthesis.notPublished")}
      </td>
    </>
  );
}

export default function SynthesisOverviewPage() {
  const { slug, overview } = useLoaderData<typeof loader>();
  const { t } = useTranslation("workspace");
  const { t: tCommon } = useTranslation();
  return (
    <section className="prose">
      <h1>{t("synthesis.title")}</h1>
      <p>
        <Link to={`/facilitate/${slug}`}>{t("synthesis.backToQueue")}</Link>
      </p>
      <p>{t("synthesis.intro")}</p>
      <WideTable label={t("synthesis.overviewCaption")}>
        <caption>{t("synthesis.overviewCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("synthesis.columns.subject")}</th>
            <th scope="col">{t("synthesis.columns.latest")}</th>
            <th scope="col">{t("synthesis.columns.published")}</th>
          </tr>
        </thead>
        <tbody>
          {overview.flatMap((entry) => [
            <tr key={entry.theme}>
              <th scope="row">
                <Link to={`/facilitate/${slug}/synthesis/${entry.theme}`}>
                  {t("synthesis.editTheme", { theme: tCommon(themeLabelKeys[entry.theme]) })}
                </Link>
              </th>
              <StatusCells status={entry.status} />
            </tr>,
            ...entry.principles.map((principle) => (
              <tr key={`${entry.theme}-${principle.number}`}>
                <th scope="row" className="indented">
                  <Link to={`/facilitate/${slug}/synthesis/${entry.theme}/${principle.number}`}>
                    {t("synthesis.editPrinciple", { number: principle.number, title: principle.title })}
                  </Link>
                </th>
                <StatusCells status={principle.status} />
              </tr>
            )),
          ])}
        </tbody>
      </WideTable>
    </section>
  );
}
