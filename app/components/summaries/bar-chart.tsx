import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formattingLocale, textDirection } from "~/modules/i18n/config";
import { CountTable, columnLabelOf, rowLabelOf, type SummaryTableShape, type TableLabels } from "./count-table";
import { countValue, shareOf, type ShownCount } from "~/modules/disclosure/shown-count";

/*
 * Hand-written SVG (docs/decisions.md, "Drafters' views: charts"): drawn on
 * the server, readable without JavaScript, mirrored for right-to-left
 * languages by us rather than by a library's guess. Everything is in
 * viewBox units; the picture scales with the page.
 */
const width = 360;
const padding = 4;
/** Room after a bar for its number, "fewer than k" or "not shown" (and a share). */
const valueRoom = 120;
const plotWidth = width - 2 * padding - valueRoom;
const groupLabelHeight = 24;
const barLabelHeight = 19;
const barHeight = 14;
const barGap = 10;
const groupGap = 10;
/** A hidden count is a small hatched box of this fixed width, never a bar of its real length. */
const markerWidth = 18;
const palette = ["#1f5aa6", "#7a3d8f", "#a34a12", "#2e6b3a"];

type Bar = { label: string; count: ShownCount; share: number | null; colour: string; key: string };
type Group = { label: string; key: string; bars: Bar[] };

/**
 * Horizontal bars, one group per row of a SummaryTable and one bar per
 * column. The figure's caption says what is counted and the k rule; the
 * same counts follow as a real table inside "Show the table".
 *
 * `shares: "row"` adds each cell's share of its row total (stance shares),
 * only where shareOf gives one — never a percentage built on a hidden count.
 * A lens view passes its own shares per cell instead (each computed by
 * shareOf against the total it belongs to: the group's or everyone's).
 */
export function BarChart({
  table,
  caption,
  corner,
  labels,
  shares,
  hideGroupLabel,
}: {
  table: SummaryTableShape;
  caption: string;
  corner: string;
  labels?: TableLabels;
  shares?: "row" | ReadonlyArray<ReadonlyArray<number | null>>;
  /** For a table of a single row ("all contributions"): the caption says it, the group label would only repeat it. */
  hideGroupLabel?: boolean;
}) {
  const { t, i18n } = useTranslation("workspace");
  const captionId = useId();
  // React ids hold colons, which a url(#…) reference may not survive.
  const hatchId = `hatch${useId().replace(/:/g, "")}`;
  const rtl = textDirection(i18n.language) === "rtl";
  const numbers = new Intl.NumberFormat(formattingLocale(i18n.language));
  const percent = new Intl.NumberFormat(formattingLocale(i18n.language), { style: "percent" });

  const groups: Group[] = table.rows.map((row, rowIndex) => ({
    key: row.key,
    label: rowLabelOf(table, labels, rowIndex),
    bars: table.columns.map((column, columnIndex) => {
      const count = table.counts.cells[rowIndex]![columnIndex]!;
      return {
        key: column.key,
        label: columnLabelOf(table, labels, columnIndex),
        count,
        share: shares === "row" ? shareOf(count, table.counts.rowTotals[rowIndex]!) : (shares?.[rowIndex]?.[columnIndex] ?? null),
        colour: palette[columnIndex % palette.length]!,
      };
    }),
  }));
  const largest = Math.max(1, ...table.counts.cells.flat().map((count) => countValue(count) ?? 0));

  const valueText = (bar: Bar): string => {
    const value =
      bar.count.kind === "count"
        ? numbers.format(bar.count.value)
        : bar.count.kind === "fewer"
          ? t("disclosure.fewer", { k: bar.count.k })
          : t("disclosure.withheld");
    return bar.share === null ? value : t("drafting.chart.withShare", { value, share: percent.format(bar.share / 100) });
  };
  // Mirrored in a right-to-left language: bars grow from the right edge, text starts there.
  const boxX = (x: number, length: number) => (rtl ? width - x - length : x);
  const textX = (x: number) => (rtl ? width - x : x);

  let y = padding;
  const drawn = groups.map((group) => {
    const top = y;
    const groupLabelY = hideGroupLabel ? null : y + 16;
    if (!hideGroupLabel) y += groupLabelHeight;
    const bars = group.bars.map((bar) => {
      const labelY = y + 14;
      const barY = y + barLabelHeight;
      y += barLabelHeight + barHeight + barGap;
      const value = countValue(bar.count);
      const length = value === null ? markerWidth : value === 0 ? 0 : Math.max(1, (value / largest) * plotWidth);
      return { ...bar, labelY, barY, length, hidden: value === null };
    });
    y += groupGap;
    return { ...group, top, groupLabelY, bars };
  });
  const height = y;

  return (
    <figure className="bar-chart">
      <svg
        role="img"
        aria-labelledby={captionId}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        direction={rtl ? "rtl" : "ltr"}
        fontSize={15}
        className="bar-chart-svg"
      >
        <defs>
          <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1={0} y1={0} x2={0} y2={6} stroke="currentColor" strokeWidth={2} />
          </pattern>
        </defs>
        {drawn.map((group) => (
          <g key={group.key} data-row={group.key}>
            {group.groupLabelY === null ? null : (
              <text x={textX(padding)} y={group.groupLabelY} textAnchor="start" fontWeight="bold" fill="currentColor">
                {group.label}
              </text>
            )}
            {group.bars.map((bar) => (
              <g key={bar.key} data-column={bar.key} data-count-kind={bar.count.kind}>
                <text x={textX(padding)} y={bar.labelY} textAnchor="start" fill="currentColor">
                  {bar.label}
                </text>
                {bar.hidden ? (
                  <rect
                    data-marker=""
                    x={boxX(padding, markerWidth)}
                    y={bar.barY}
                    width={markerWidth}
                    height={barHeight}
                    fill={`url(#${hatchId})`}
                    stroke="currentColor"
                    strokeDasharray="3 2"
                  />
                ) : (
                  <rect data-bar="" x={boxX(padding, bar.length)} y={bar.barY} width={bar.length} height={barHeight} fill={bar.colour} />
                )}
                <text x={textX(padding + bar.length + 6)} y={bar.barY + barHeight - 2} textAnchor="start" fill="currentColor">
                  {valueText(bar)}
                </text>
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption id={captionId}>
        {caption} {t("disclosure.explainer", { k: table.k })}
      </figcaption>
      <details className="chart-table">
        <summary>{t("drafting.chart.showTable")}</summary>
        <CountTable table={table} caption={caption} corner={corner} labels={labels} shares={Array.isArray(shares) ? shares : undefined} />
      </details>
    </figure>
  );
}
