import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WideTable } from "~/components/wide-table";
import { lensLabel } from "~/modules/self-description/dimension-labels";
import { UnknownFilterMessage, stanceKeys, themePath } from "~/components/summaries/drafting-parts";
import { lensQuery } from "~/components/summaries/lens-parts";
import { requirePermission } from "~/http/require-permission.server";
import { detectLanguage } from "~/http/i18n.server";
import { translatedTitleMeta } from "~/http/meta";
import { unknownFilterResponse } from "~/http/summary-filters.server";
import { themeLabelKeys } from "~/modules/consultations/themes";
import { showThemeDifferences } from "~/modules/summaries/lens-differences.server";
import type { Theme } from "~/generated/prisma/enums";
import { formattingLocale } from "~/modules/i18n/config";

export const handle = { i18n: ["workspace", "selfdescription"] };

export const meta = translatedTitleMeta<{ kind: string; theme?: Theme }>((t, data) =>
  data?.kind === "ok" && data.theme ? t("workspace:differences.title", { theme: t(themeLabelKeys[data.theme]) }) : t("workspace:drafting.unknown.title"),
);

/** The drafters' theme page's own authorisation: read across the consultations one's organisations host. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requirePermission(request, "consultation:read-summaries-across", undefined);
  const view = await showThemeDifferences({ memberships: actor.memberships, language: await detectLanguage(request), theme: params.theme ?? "" });
  if (view.kind === "unknown") return unknownFilterResponse(view);
  return view;
}

export default function ThemeDifferencesPage() {
  const data = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation(["workspace", "selfdescription"]);
  const { t: tc } = useTranslation();
  if (data.kind === "unknown") return <UnknownFilterMessage what={data.what} />;
  const { theme, principles, asked, differences } = data;
  const themeName = tc(themeLabelKeys[theme]);
  const titleOf = new Map(principles.map((principle) => [principle.number, principle.title]));
  const percent = new Intl.NumberFormat(formattingLocale(i18n.language), { style: "percent" });
  const points = new Intl.NumberFormat(formattingLocale(i18n.language), { signDisplay: "exceptZero" });
  const caption = t("workspace:differences.caption", { theme: themeName });
  return (
    <section className="prose">
      <p>
        <Link to={themePath(theme, {})}>{t("workspace:drafting.theme.title", { theme: themeName })}</Link>
      </p>
      <h1>{t("workspace:differences.title", { theme: themeName })}</h1>
      <p>{t("workspace:differences.intro")}</p>
      {!asked ? (
        <p>{t("workspace:differences.notAsked")}</p>
      ) : differences.length === 0 ? (
        <p>{t("workspace:differences.none")}</p>
      ) : (
        <WideTable label={caption}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("workspace:drafting.table.principle")}</th>
              <th scope="col">{t("workspace:differences.group")}</th>
              <th scope="col">{t("workspace:lens.stance")}</th>
              <th scope="col">{t("workspace:differences.groupShare")}</th>
              <th scope="col">{t("workspace:differences.everyoneShare")}</th>
              <th scope="col">{t("workspace:differences.difference")}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((row) => {
              const title = titleOf.get(row.principle);
              return (
                <tr key={`${row.principle}|${row.key}|${row.stance}`}>
                  <th scope="row">
                    <Link to={`/draft/principles/${row.principle}${lensQuery(row.lens)}`}>
                      {title
                        ? t("workspace:drafting.principle.labelWithTitle", { number: row.principle, title })
                        : t("workspace:drafting.principle.label", { number: row.principle })}
                    </Link>
                  </th>
                  <td>{lensLabel(t, row.lens)}</td>
                  <td>{t(stanceKeys[row.stance]!)}</td>
                  <td>{percent.format(row.groupShare / 100)}</td>
                  <td>{percent.format(row.everyoneShare / 100)}</td>
                  <td>{t("workspace:differences.points", { points: points.format(row.difference) })}</td>
                </tr>
              );
            })}
          </tbody>
        </WideTable>
      )}
    </section>
  );
}
