import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WideTable } from "~/components/wide-table";
import type { ShownCount } from "~/modules/disclosure/shown-count";
import { ShownCountText } from "./shown-count-text";
import { formattingLocale } from "~/modules/i18n/config";

/**
 * The shape of a SummaryTable (app/modules/summaries/summary-tables.server.ts),
 * written out here so components never import a server module: every count
 * in it has already been through the disclosure control (protectTable).
 */
export type SummaryTableShape = {
  k: number;
  rows: ReadonlyArray<{ key: string; label?: string }>;
  columns: ReadonlyArray<{ key: string; label?: string }>;
  counts: { k: number; cells: ShownCount[][]; rowTotals: ShownCount[]; columnTotals: ShownCount[]; total: ShownCount };
  filtered: boolean;
  totals: { rows: boolean; columns: boolean };
};

/** How a table's keys read on the page (theme names, stance names, region titles) and where a row header links to. */
export type TableLabels = {
  row?: (key: string) => string;
  column?: (key: string) => string;
  rowHref?: (key: string) => string | undefined;
  columnHref?: (key: string) => string | undefined;
};

export function rowLabelOf(table: SummaryTableShape, labels: TableLabels | undefined, index: number): string {
  const row = table.rows[index]!;
  return labels?.row?.(row.key) ?? row.label ?? row.key;
}

export function columnLabelOf(table: SummaryTableShape, labels: TableLabels | undefined, index: number): string {
  const column = table.columns[index]!;
  return labels?.column?.(column.key) ?? column.label ?? column.key;
}

function Header({ text, href }: { text: string; href: string | undefined }) {
  return href ? <Link to={href}>{text}</Link> : <>{text}</>;
}

/**
 * A SummaryTable as an accessible table: a caption, row and column headers
 * with their scope, each cell as the disclosure control shows it ("fewer
 * than k", "not shown" or the number). Totals only in an unfiltered view: a
 * filtered view has none (its totals would let a hidden cell be worked out).
 */
export function CountTable({
  table,
  caption,
  corner,
  labels,
  shares,
}: {
  table: SummaryTableShape;
  caption: string;
  /** The header above the row headers (what the rows are: "Theme", "Region" …). */
  corner: string;
  labels?: TableLabels;
  /** A whole-number percentage per cell (shareOf: null where either side is hidden), shown after the count. */
  shares?: ReadonlyArray<ReadonlyArray<number | null>>;
}) {
  const { t, i18n } = useTranslation("workspace");
  const percent = new Intl.NumberFormat(formattingLocale(i18n.language), { style: "percent" });
  // Only the totals the table publishes (none in a filtered view; none across overlapping rows such as themes).
  const rowTotals = table.totals.rows;
  const columnTotals = table.totals.columns && table.rows.length > 1;
  return (
    <WideTable label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {table.columns.map((column, index) => (
            <th scope="col" key={column.key}>
              <Header text={columnLabelOf(table, labels, index)} href={labels?.columnHref?.(column.key)} />
            </th>
          ))}
          {rowTotals ? <th scope="col">{t("drafting.table.total")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          <tr key={row.key}>
            <th scope="row">
              <Header text={rowLabelOf(table, labels, rowIndex)} href={labels?.rowHref?.(row.key)} />
            </th>
            {table.columns.map((column, columnIndex) => (
              <td key={column.key}>
                <ShownCountText count={table.counts.cells[rowIndex]![columnIndex]!} />
                {shares?.[rowIndex]?.[columnIndex] != null ? ` (${percent.format(shares[rowIndex]![columnIndex]! / 100)})` : null}
              </td>
            ))}
            {rowTotals ? (
              <td>
                <ShownCountText count={table.counts.rowTotals[rowIndex]!} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
      {columnTotals ? (
        <tfoot>
          <tr>
            <th scope="row">{t("drafting.table.total")}</th>
            {table.columns.map((column, columnIndex) => (
              <td key={column.key}>
                <ShownCountText count={table.counts.columnTotals[columnIndex]!} />
              </td>
            ))}
            {rowTotals ? (
              <td>
                <ShownCountText count={table.counts.total} />
              </td>
            ) : null}
          </tr>
        </tfoot>
      ) : null}
    </WideTable>
  );
}
