/**
 * CSV as spreadsheets open it safely: RFC 4180 quoting, and a cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) made inert with a leading apostrophe — exported input is
 * participants' own words, and a cell like "=HYPERLINK(…)" must stay text.
 */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to a file: CRLF line ends; `bom` adds a byte-order mark so Excel reads UTF-8 (Arabic, accents) as UTF-8. */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<string | number>>, options: { bom: boolean }): string {
  const body = rows.map((cells) => cells.map(csvCell).join(",")).join("\r\n");
  return `${options.bom ? "\uFEFF" : ""}${body}\r\n`;
}
