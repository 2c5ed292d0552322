/**
 * A small RFC 4180 reader for checking exported CSV files (vitest and
 * Playwright): quoted cells, doubled quotes, CRLF row ends, line breaks
 * inside quotes. A bare LF outside quotes is refused: our files end rows with CRLF.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else if (c === "\n") throw new Error("A bare line feed outside quotes");
    else cell += c;
    i++;
  }
  if (quoted) throw new Error("An unterminated quoted cell");
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
