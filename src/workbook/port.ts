/**
 * The port between the UI/CLI and a workbook, whatever hosts it.
 * Two adapters implement it: `office/` (the open workbook, through Office.js, batched syncs)
 * and `file/` (a .xlsx file in memory, in the browser or in Node).
 * Everything crossing it is plain data from `domain`.
 */
import type { CellRef, RawWorkbook } from "../domain/raw";
import type { WorkbookPlan } from "../domain/layout/plan";

export interface WritePlanOptions {
  /**
   * Called when a sheet of the plan already exists in the workbook and holds data.
   * Return true to replace it. The adapter never overwrites such a sheet without a yes.
   */
  readonly confirmReplace: (sheetNames: readonly string[]) => Promise<boolean>;
}

export type WritePlanOutcome = { readonly written: true; readonly sheets: readonly string[] } | { readonly written: false; readonly reason: "declined" };

export interface WorkbookPort {
  readonly host: "excel" | "file";
  /** One batched read of every UR_ defined name and the sheet list. */
  read(): Promise<RawWorkbook>;
  /** Renders a sheet plan into the workbook. */
  writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome>;
  /** Selects and shows a cell (Excel); the file adapter has nothing to select and resolves. */
  select(cell: CellRef): Promise<void>;
  /** Marks problem cells (fill colour) without touching values or the template's formats; `clear` removes our marks again. */
  highlight(cells: readonly CellRef[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Calls back when cells change (Excel worksheet change events, where supported). Returns an unsubscribe. */
  onChanged?(callback: () => void): Promise<() => void>;
}
