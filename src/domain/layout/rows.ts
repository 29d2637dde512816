/**
 * A sheet's rows plan as ordinary cells, for renderers and checks that draw or compare cell by cell
 * (the Office.js adapter, tests). The .xlsx writer streams the rows instead and never calls this.
 */
import type { CellPlan, RowsPlan, SheetPlan, WorkbookPlan } from "./plan";
import { address } from "../a1";

export function rowsCells(rows: RowsPlan | undefined): CellPlan[] {
  if (!rows) return [];
  const cells: CellPlan[] = [];
  for (let i = 0; i < rows.count; i++) {
    const values = rows.row(i);
    rows.styles.forEach((style, c) => {
      const value = values[c] ?? null;
      cells.push({ ref: address(c + 1, rows.firstRow + i), ...(value !== null ? { value } : {}), style });
    });
  }
  return cells;
}

/** The heights of a rows plan's rows that need more than one line (1-based sheet rows), for a renderer that sets them row by row. */
export function rowsHeights(rows: RowsPlan | undefined): { row: number; height: number }[] {
  if (!rows?.height) return [];
  const heights: { row: number; height: number }[] = [];
  for (let i = 0; i < rows.count; i++) {
    const height = rows.height(i);
    if (height !== undefined) heights.push({ row: rows.firstRow + i, height });
  }
  return heights;
}

/** Every cell of a sheet: its cells and its rows plan, expanded. */
export const sheetCells = (sheet: SheetPlan): readonly CellPlan[] =>
  sheet.rows ? [...sheet.cells, ...rowsCells(sheet.rows)] : sheet.cells;

/**
 * The plan as plain data that can cross a thread (postMessage cannot clone a rows plan's function):
 * rows plans expanded into cells for a receiver that draws the plan, or left out for one that only
 * shows results (the .xlsx was written where the rows are).
 */
export function postablePlan(plan: WorkbookPlan, rows: "expand" | "omit"): WorkbookPlan {
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    if (!sheet.rows) return sheet;
    const { rows: table, ...rest } = sheet;
    return rows === "expand"
      ? { ...rest, cells: [...sheet.cells, ...rowsCells(table)], rowHeights: [...(sheet.rowHeights ?? []), ...rowsHeights(table)] }
      : rest;
  });
  return { ...plan, sheets };
}
