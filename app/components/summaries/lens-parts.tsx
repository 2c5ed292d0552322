import { Form, Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/select-field";
import { dimensionLabelKeys, lensLabel, valueLabelKey } from "~/modules/self-description/dimension-labels";
import { shareOf, type ShownCount } from "~/modules/disclosure/shown-count";
import { lensKey, type Dimension, type Lens } from "~/modules/self-description/dimensions";
import { BarChart } from "./bar-chart";
import type { SummaryTableShape, TableLabels } from "./count-table";
import { ShownCountText } from "./shown-count-text";

/**
 * The lens views' parts (issue 13), shared by the theme and principle
 * pages. The shapes are written out here, as for SummaryTableShape, so no
 * component imports a server module; every count in them went through
 * protectLens.
 */
export type LensOptionShape = { dimension: Dimension; values: readonly string[] };
export type LensViewShape = {
  lens: Lens;
  key: string;
  k: number;
  rows: ReadonlyArray<{ key: string; label?: string }>;
  everyone: ShownCount[];
  everyoneTotal: ShownCount;
  group: { k: number; status: "shown" | "withheld"; group: ShownCount[]; groupTotal: ShownCount; attributed: boolean };
};

/** A lens's address on a drafter's page: `?lens=<key>`, the only spelling the pages answer without a redirect. */
export const lensQuery = (lens: Lens) => `?${new URLSearchParams({ lens: lensKey(lens) }).toString()}`;

/**
 * A GET form (works without JavaScript): one group, and optionally a value
 * of a second dimension. The server turns the two selects into the
 * canonical `?lens=` address, and refuses the same dimension twice.
 */
export function LensFilterForm({ options, current }: { options: readonly LensOptionShape[]; current: Lens | null }) {
  const { t } = useTranslation(["workspace", "selfdescription"]);
  const { pathname } = useLocation();
  if (options.length === 0) return null;
  const choices = (
    <>
      {options.map((option) => (
        <optgroup key={option.dimension} label={t(dimensionLabelKeys[option.dimension])}>
          {option.values.map((value) => (
            <option key={value} value={`${option.dimension}=${value}`}>
              {t(valueLabelKey(option.dimension, value))}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
  const partValue = (index: number) => (current?.[index] ? `${current[index]!.dimension}=${current[index]!.value}` : "");
  return (
    <Form method="get" className="summary-filters" aria-labelledby="lens-filter-heading">
      <h2 id="lens-filter-heading">{t("workspace:lens.heading")}</h2>
      <p>{t("workspace:lens.noCombine")}</p>
      <SelectField label={t("workspace:lens.first")} name="lens1" defaultValue={partValue(0)}>
        <option value="">{t("workspace:lens.everyone")}</option>
        {choices}
      </SelectField>
      <SelectField label={t("workspace:lens.second")} name="lens2" defaultValue={partValue(1)}>
        <option value="">{t("workspace:lens.noSecond")}</option>
        {choices}
      </SelectField>
      <button type="submit">{t("workspace:lens.apply")}</button>
      {current ? (
        <p>
          <Link to={pathname}>{t("workspace:lens.clear")}</Link>
        </p>
      ) : null}
    </Form>
  );
}

/**
 * One group next to everyone: a bar chart (and its table) of the group's
 * count per row and everyone's, each with its share of its own total —
 * shareOf only, so no share is ever worked out from a hidden count. When
 * the breakdown is withheld nothing but the message; when the group is
 * attributed (almost all of it in one answer) only its total.
 */
export function LensViewSection({
  view,
  caption,
  corner,
  rowLabel,
  rowHref,
}: {
  view: LensViewShape;
  caption: (group: string) => string;
  corner: string;
  rowLabel: (key: string) => string;
  rowHref?: (key: string) => string | undefined;
}) {
  const { t } = useTranslation(["workspace", "selfdescription"]);
  const groupName = lensLabel(t, view.lens);
  const { group } = view;
  return (
    <section aria-labelledby="lens-view-heading">
      <h2 id="lens-view-heading">{t("workspace:lens.viewing", { group: groupName })}</h2>
      {group.status === "withheld" ? (
        <p role="status">{t("workspace:lens.withheld", { k: group.k })}</p>
      ) : group.attributed ? (
        <>
          <p role="status">{t("workspace:lens.attributed")}</p>
          <p>
            {t("workspace:lens.groupTotal")} <ShownCountText count={group.groupTotal} />
          </p>
        </>
      ) : (
        <>
          <p>
            {t("workspace:lens.groupTotal")} <ShownCountText count={group.groupTotal} />
          </p>
          <BarChart
            table={lensTable(view)}
            caption={caption(groupName)}
            corner={corner}
            shares={view.rows.map((_, row) => [shareOf(group.group[row]!, group.groupTotal), shareOf(view.everyone[row]!, view.everyoneTotal)])}
            labels={{
              row: rowLabel,
              rowHref,
              column: (key) => (key === "group" ? t("workspace:lens.groupColumn") : t("workspace:lens.everyoneColumn")),
            } satisfies TableLabels}
          />
        </>
      )}
    </section>
  );
}

const withheld: ShownCount = { kind: "withheld" };

/** The group and everyone as a two-column table: no totals (the group's total is said above, everyone's is the unfiltered table's). */
function lensTable(view: LensViewShape): SummaryTableShape {
  return {
    k: view.k,
    rows: view.rows,
    columns: [{ key: "group" }, { key: "everyone" }],
    counts: {
      k: view.k,
      cells: view.rows.map((_, row) => [view.group.group[row]!, view.everyone[row]!]),
      rowTotals: view.rows.map(() => withheld),
      columnTotals: [withheld, withheld],
      total: withheld,
    },
    filtered: true,
    totals: { rows: false, columns: false },
  };
}

/** Keys written out in full, so the unused-key check can see them. */
const problemKeys = {
  tooMany: "workspace:lens.problem.tooMany",
  sameDimension: "workspace:lens.problem.sameDimension",
  unknownValue: "workspace:lens.problem.unknownValue",
  withFilters: "workspace:lens.problem.withFilters",
} as const;

/** The page of a refused lens (400): what was wrong, and the way back to the page without one. */
export function LensProblemMessage({ problem }: { problem: keyof typeof problemKeys }) {
  const { t } = useTranslation("workspace");
  const { pathname } = useLocation();
  return (
    <section className="prose">
      <title>{t("drafting.unknown.title")}</title>
      <h1>{t("drafting.unknown.title")}</h1>
      <p>{t(problemKeys[problem])}</p>
      <p>
        <Link to={pathname}>{t("lens.clear")}</Link>
      </p>
    </section>
  );
}
