/**
 * The header row of a typed form: where TT, Nội dung, Đơn vị tính, the value columns and Ghi chú are.
 * A header may span two rows ("Số lượng" merged over "Đầu kỳ" and "Cuối kỳ"), and may be followed by a
 * row that only numbers the columns ("1 2 3 4" or "A B C"): both are recognised and skipped.
 */
import { cellText, type TypedGrid } from "./grid";
import { looseKey } from "./words";

export interface ValueColumn {
  readonly column: number;
  /** The header as typed, both rows joined when the header spans two: "Số lượng — Đầu kỳ". */
  readonly name: string;
  /** What the numbering row prints over it when that says how it is computed: "3=2/1" → "2/1". */
  readonly computedAs?: string;
  /** What the numbering row prints over it, as typed: "1", "(4)", "3=2/1". */
  readonly number?: string;
  /** A two-row header: the spanning header above ("Chia ra") and the column's own ("Khu vực HCSN"). */
  readonly group?: string;
  readonly sub?: string;
}

export interface HeaderMap {
  /** 0-based row of the (first) header row. */
  readonly row: number;
  /** 0-based row of the first line below the header (and its sub-header and numbering rows). */
  readonly firstLine: number;
  readonly tt?: number;
  readonly label: number;
  readonly unit?: number;
  readonly note?: number;
  readonly values: readonly ValueColumn[];
}

const TT = new Set(["tt", "stt", "so tt", "thu tu", "so thu tu", "ma so"]);
const LABEL = /^(noi dung|chi tieu|ten chi tieu|noi dung chi tieu|cac chi tieu|danh muc|ten)\b/;
const UNIT = /^(don vi tinh|dvt|don vi|d v t)$/;
const NOTE = /^(ghi chu|ghi chu \w+)$/;

/** How many rows from the top are searched for a header: titles and addresses rarely take more. */
const SEARCH_ROWS = 40;

export function findHeader(grid: TypedGrid): HeaderMap | null {
  const last = Math.min(grid.rows.length, SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const keys = grid.rows[r].map((cell) => looseKey(cellText(cell)));
    const label = keys.findIndex((key) => LABEL.test(key));
    if (label < 0) continue;
    const tt = keys.findIndex((key, c) => c < label && TT.has(key));
    const unit = keys.findIndex((key) => UNIT.test(key));
    // A row that names only "Nội dung" is a header when TT or the unit column stands beside it.
    if (tt < 0 && unit < 0) continue;
    return headerFrom(grid, r, { tt: tt < 0 ? undefined : tt, label, unit: unit < 0 ? undefined : unit });
  }
  return null;
}

function headerFrom(grid: TypedGrid, row: number, found: { tt?: number; label: number; unit?: number }): HeaderMap {
  const head = grid.rows[row].map((cell) => cellText(cell));
  let next = row + 1;
  const sub = isSubHeader(grid, next, found) ? grid.rows[next].map((cell) => cellText(cell)) : [];
  if (sub.length > 0) next++;
  const numbering = isNumberingRow(grid, next) ? grid.rows[next].map((cell) => cellText(cell)) : [];
  if (numbering.length > 0) next++;

  const width = Math.max(head.length, sub.length);
  let note: number | undefined;
  const values: ValueColumn[] = [];
  // A merged header cell holds its text in its first column only: the columns it covers carry it on.
  let carried = "";
  for (let c = found.label + 1; c < width; c++) {
    if (c === found.unit || c === found.tt) continue;
    const top = head[c] ?? "";
    if (top !== "") carried = top;
    const below = sub[c] ?? "";
    const covered = top === "" && below !== "" && coveredByMerge(grid, row, c) ? carried : top;
    if (NOTE.test(looseKey(top))) {
      note = c;
      continue;
    }
    const split = covered !== "" && below !== "" && covered !== below;
    const name = split ? `${covered} — ${below}` : covered || below;
    const number = numbering[c] ?? "";
    const computed = COMPUTED_NUMBER.exec(number);
    if (name !== "")
      values.push({
        column: c,
        name,
        ...(computed ? { computedAs: computed[1].replace(/\s+/g, "") } : {}),
        ...(number !== "" ? { number } : {}),
        ...(split ? { group: covered, sub: below } : {}),
      });
  }
  return { row, firstLine: next, tt: found.tt, label: found.label, unit: found.unit, note, values };
}

function coveredByMerge(grid: TypedGrid, row: number, column: number): boolean {
  // Without merge information (values read inside Excel) a blank top cell over a named sub-header is taken as covered.
  if (grid.merges.length === 0) return true;
  return grid.merges.some((m) => m.top <= row && row <= m.bottom && m.left < column && column <= m.right);
}

/** The second row of a two-row header: nothing under TT and Nội dung, text over the value columns. */
function isSubHeader(grid: TypedGrid, row: number, found: { tt?: number; label: number }): boolean {
  const cells = grid.rows[row];
  if (cells === undefined) return false;
  if (cellText(cells[found.label]) !== "" || (found.tt !== undefined && cellText(cells[found.tt]) !== "")) return false;
  const texts = cells.map((cell) => cellText(cell)).filter((text) => text !== "");
  return texts.length > 0 && texts.every((text) => !/^\(?\d+\)?$/.test(text));
}

/** One entry of a numbering row: "1", "(1)", "A", and a computed column's "3=2/1", "(5)=(4)-(3)", "4 = 3/2 x 100". */
const NUMBER_ENTRY = /^\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=\s*[()\dA-Z+\-*/x×:.,%\s]+)?$/;
/** The computation a numbering entry states: "3=2/1" → "2/1". */
const COMPUTED_NUMBER = /^\(?\d{1,2}\)?\s*=\s*(.+)$/;

/** "1 2 3 4 5", "(1) (2) …", "A B C 1 2 3=2/1 4": a row that numbers the columns, not a line of the form. */
export function isNumberingRow(grid: TypedGrid, row: number): boolean {
  const cells = grid.rows[row];
  if (cells === undefined) return false;
  const texts = cells.map((cell) => cellText(cell)).filter((text) => text !== "");
  return texts.length >= 3 && texts.every((text) => NUMBER_ENTRY.test(text));
}
