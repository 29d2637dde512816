/**
 * A sheet's rows plan as ordinary cells, for renderers and checks that draw or compare cell by cell
 * (the Office.js adapter, tests). The .xlsx writer streams the rows instead and never calls this.
 */
import type { CellPlan, RowsPlan, SheetPlan } from "./plan";
import { address } from "./a1";

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

/** Every cell of a sheet: its cells and its rows plan, expanded. */
export const sheetCells = (sheet: SheetPlan): readonly CellPlan[] => (sheet.rows ? [...sheet.cells, ...rowsCells(sheet.rows)] : sheet.cells);
