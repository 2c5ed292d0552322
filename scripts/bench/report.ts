/** The one table `npm run bench` prints, and bench/results.json. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../lib/migrations.ts";

export type Row = {
  what: string;
  figure: string;
  /** The ceiling measured in the same run, as text ("—" when a row has none). */
  baseline: string;
  ratio: number | null;
  target: string;
  /** null: a figure shown for context, not a target. */
  met: boolean | null;
};

const rows: Row[] = [];

export function addRow(row: Row): void {
  rows.push(row);
  console.log(`  ${row.what}: ${row.figure}${row.met === null ? "" : row.met ? " (met)" : " (MISSED)"}`);
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const perSecond = (value: number, unit = "req/s") => `${value.toFixed(1)} ${unit}`;

export function printAndSave(context: Record<string, unknown>): void {
  const header = ["what", "figure", "baseline (same run)", "ratio", "target", "met"];
  const cells = rows.map((row) => [row.what, row.figure, row.baseline, row.ratio === null ? "—" : `${row.ratio.toFixed(2)}×`, row.target, row.met === null ? "—" : row.met ? "yes" : "no"]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column]!)).join(" | ");
  console.log("\n" + line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const values of cells) console.log(line(values));
  const targets = rows.filter((row) => row.met !== null);
  const met = targets.filter((row) => row.met).length;
  mkdirSync(path.join(projectRoot, "bench"), { recursive: true });
  writeFileSync(
    path.join(projectRoot, "bench/results.json"),
    JSON.stringify({ ...context, rows, met, targets: targets.length }, null, 2) + "\n",
  );
  // Others may share the cores: the figures are only comparable at a similar load.
  console.log(`\n${JSON.stringify(context)}`);
  console.log(`\nbench: ${met} of ${targets.length} targets met`);
}
