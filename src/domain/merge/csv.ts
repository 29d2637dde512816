/**
 * CSV as Excel and LibreOffice write it, for rosters: an optional UTF-8 BOM, quoted fields with ""
 * escapes and line breaks inside, CRLF or LF, and the separator of the writer's locale (Excel in a
 * Vietnamese locale writes ";", in English ","; some tools write tabs). Pure: text in, rows out.
 */

/** Lines looked at: a title line typed above the header ("DANH SÁCH CĐCS") has no separator at all. */
const SNIFF_LINES = 5;

/** The separator that splits the first lines into the most fields, outside quotes. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n" && ++lines >= SNIFF_LINES) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ",";
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

export function parseCsv(input: string, separator?: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = "";
    // A line of nothing (trailing newline, blank line) is not a row.
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\r") {
      if (text[i + 1] === "\n") i++;
      endRow();
    } else if (ch === "\n") endRow();
    else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** A text that a spreadsheet would take for a formula (= + - @, or a tab or CR before one): OWASP's CSV injection list. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV that Excel in a Vietnamese locale opens as columns: a BOM, ";" separators, quotes where
 * needed, CRLF. A text cell that starts like a formula ("=HYPERLINK(…)", "+cmd|…", "@SUM(…)") is written
 * with a leading ' and quoted, as OWASP recommends, so no spreadsheet runs it; numbers are left as they are.
 */
export function writeCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (value: string | number): string => {
    const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
    return /[";\r\n]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${rows.map((row) => row.map(field).join(";")).join("\r\n")}\r\n`;
}
