import { useTranslation } from "react-i18next";
import { dimensionLabelKeys, valueLabelKey } from "~/modules/self-description/dimension-labels";
import type { Dimension } from "~/modules/self-description/dimensions";
import { BarChart } from "./bar-chart";
import type { SummaryTableShape, TableLabels } from "./count-table";

/**
 * "Who took part, as they described themselves": one chart (with its table)
 * per dimension, counts already protected on the server. The page that shows
 * it loads the "selfdescription" namespace (its route's handle).
 */
export function SelfDescriptionSection({
  tables,
  byLanguageOrKind,
  k,
  columnLabels,
  headingLevel = 2,
}: {
  tables: ReadonlyArray<{ dimension: Dimension; table: SummaryTableShape }>;
  byLanguageOrKind: boolean;
  k: number;
  columnLabels?: Pick<TableLabels, "column" | "columnHref">;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  if (tables.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="self-description-heading">
      <Heading id="self-description-heading">{t("workspace:selfDescription.heading")}</Heading>
      <p>{t("workspace:selfDescription.intro", { k })}</p>
      <p>{t("workspace:selfDescription.notCounted")}</p>
      {byLanguageOrKind ? <p>{t("workspace:selfDescription.byLanguageOrKind")}</p> : null}
      {tables.map(({ dimension, table }) => {
        const name = t(dimensionLabelKeys[dimension]);
        return (
          <section key={dimension} aria-label={name}>
            <Sub>{name}</Sub>
            <BarChart
              table={table}
              caption={t("workspace:selfDescription.caption", { dimension: name })}
              corner={t("workspace:selfDescription.valueColumn")}
              labels={{ ...columnLabels, row: (value) => t(valueLabelKey(dimension, value)) }}
            />
          </section>
        );
      })}
    </section>
  );
}
