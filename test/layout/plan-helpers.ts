/** Reading a workbook plan the way a renderer would: a sheet by name, a cell by address or by defined name. */
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/domain/layout";

export function sheet(plan: WorkbookPlan, name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

export function cellAt(plan: WorkbookPlan, sheetName: string, ref: string): CellPlan | undefined {
  return sheet(plan, sheetName).cells.find((c) => c.ref === ref);
}

export function named(plan: WorkbookPlan, name: string): CellPlan {
  const entry = plan.names.find((n) => n.name === name);
  if (!entry) throw new Error(`no name ${name}`);
  const cell = cellAt(plan, entry.sheet, entry.ref);
  if (!cell) throw new Error(`name ${name} points to ${entry.sheet}!${entry.ref}, which the plan does not draw`);
  return cell;
}

/** Every text a sheet shows, for "the instructions mention ..." checks. */
export const sheetText = (s: SheetPlan): string => s.cells.map((c) => (typeof c.value === "string" ? c.value : "")).join("\n");
