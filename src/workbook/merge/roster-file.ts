/** A roster from a file (.csv in any common separator, in UTF-8, UTF-16 or Windows-1258 (roster-text.ts), or a sheet of an .xlsx) or from a sheet's rows. */
import type { Roster } from "../../domain/merge";
import type { Result } from "../../domain/errors";
import { MAX_ROSTER_LINES, parseCsv, rosterFromRows } from "../../domain/merge";
import { readSheetTable } from "../file/reader";
import { MAX_SHEET_ROWS_CELLS, type SheetRows } from "../port";
import { keyed } from "../../domain/i18n/message";
import { decodeRosterText } from "./roster-text";

export type RosterLoad = Result<Roster>;

/** A roster from a sheet's rows (a sheet of the open workbook, read through the WorkbookPort). */
export function rosterFromSheet(sheet: string, read: SheetRows): RosterLoad {
  if (!read.ok) {
    const key =
      read.error === "missing"
        ? "merge.roster.sheetMissing"
        : read.error === "tooLarge"
          ? "merge.roster.sheetTooLarge"
          : "merge.roster.sheetUnreadable";
    return { ok: false, error: keyed(key, { sheet, limit: MAX_SHEET_ROWS_CELLS }) };
  }
  return rosterFromRows(read.value);
}

/** Title and header lines a roster may have above its units (findHeader looks at the first 20 rows). */
const HEADER_LINES = 21;

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export function loadRoster(name: string, bytes: Uint8Array, sheet?: string): RosterLoad {
  let rows: readonly (readonly unknown[])[];
  if (/\.(csv|txt)$/i.test(name)) {
    const decoded = decodeRosterText(bytes);
    if (!decoded.ok) return decoded;
    // Counted before parsing: a roster far over the bound is refused without building its rows.
    const lines = lineCount(decoded.value.text);
    if (lines > MAX_ROSTER_LINES + HEADER_LINES)
      return { ok: false, error: keyed("merge.roster.tooMany", { count: lines - 1, limit: MAX_ROSTER_LINES }) };
    rows = parseCsv(decoded.value.text);
  } else {
    const table = readSheetTable(bytes, sheet);
    if (!table.ok) return table;
    rows = table.value.rows;
  }
  return rosterFromRows(rows);
}
