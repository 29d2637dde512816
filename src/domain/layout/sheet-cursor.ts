/**
 * A report sheet written from the top down (the merge's status sheet, the comparison with the previous
 * period): cells are placed on the current row, a line of text spans the sheet's width as one merged
 * cell, and the writer moves down as it goes. One owner, so every such sheet merges, styles and counts
 * its rows the same way; the cells and merges it gathers go straight into a SheetPlan.
 */
import { address, range } from "../a1";
import type { CellPlan, RowsPlan, SheetPlan, StyleName } from "./plan";
import { planRowHeights } from "./row-height";

/** What differs between report sheets; the rest (protected, visible, A4 landscape fitted to the width) they share. */
export interface ReportSheet {
  readonly name: string;
  readonly role: SheetPlan["role"];
  readonly columnWidths: readonly number[];
  readonly freeze: NonNullable<SheetPlan["freeze"]>;
  /** A long table drawn row by row (the roster), when there is one. */
  readonly rows?: RowsPlan;
}

export interface SheetCursor {
  /** The row being written (1-based). */
  readonly row: number;
  readonly cells: readonly CellPlan[];
  readonly merges: readonly string[];
  /** The A1 address of a column on the current row, for formulas that refer to their neighbours. */
  at(col: number): string;
  /** A literal value on the current row; a table cell (bordered, wrapped) unless another style is named. */
  put(col: number, value: string | number | null, style?: StyleName): void;
  /** Any cell on the current row (a formula with its computed value, say). */
  cell(col: number, plan: Omit<CellPlan, "ref">): void;
  /** Header cells from column A, then the next row. */
  header(labels: readonly string[]): void;
  /** A line of text across the sheet's width, merged into one cell, then the next row. */
  line(text: string, style: StyleName): void;
  /** Merges columns `from` to `to` (the sheet's last by default) of the current row. */
  merge(from: number, to?: number): void;
  /** Moves down `rows` rows (one by default: the next row; more leaves blank rows between parts). */
  next(rows?: number): void;
  /** The finished sheet: what was written, rows heightened where wrapped text needs it, protected, printed A4 landscape. */
  plan(sheet: ReportSheet): SheetPlan;
}

/** A cursor at A1 of a sheet `width` columns wide (the width its lines span). */
export function sheetCursor(width: number): SheetCursor {
  const cells: CellPlan[] = [];
  const merges: string[] = [];
  let row = 1;
  const cursor: SheetCursor = {
    get row() {
      return row;
    },
    cells,
    merges,
    at: (col) => address(col, row),
    put: (col, value, style = "cell") => void cells.push({ ref: address(col, row), value, style }),
    cell: (col, plan) => void cells.push({ ref: address(col, row), ...plan }),
    header(labels) {
      labels.forEach((label, i) => cursor.put(i + 1, label, "header"));
      row++;
    },
    line(text, style) {
      cursor.put(1, text, style);
      cursor.merge(1);
      row++;
    },
    merge: (from, to = width) => void merges.push(range(from, row, to, row)),
    next(rows = 1) {
      row += rows;
    },
    plan: ({ name, role, columnWidths, freeze, rows }) => ({
      name,
      role,
      cells,
      merges,
      columnWidths,
      ...(rows && rows.count > 0 ? { rows } : {}),
      rowHeights: planRowHeights(cells, columnWidths, merges),
      freeze,
      protect: true,
      print: { paper: "A4", orientation: "landscape", fitToWidth: true },
      visibility: "visible",
    }),
  };
  return cursor;
}
