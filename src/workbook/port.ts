/**
 * The port between the UI/CLI and a workbook, whatever hosts it.
 * Two adapters implement it: `office/` (the open workbook, through Office.js, batched syncs)
 * and `file/` (a .xlsx file in memory, in the browser or in Node).
 * Everything crossing it is plain data from `domain`.
 */
import type { CellRef, RawWorkbook } from "../domain/raw";
import type { WorkbookPlan } from "../domain/layout/plan";
import type { Result } from "../domain/errors";

export interface WritePlanOptions {
  /**
   * Called when a sheet of the plan already exists in the workbook and holds data, or the user's own
   * formulas or names refer to it (`references`, e.g. "'Tổng hợp'!B5": Excel adapter only).
   * Return true to replace it. The adapter never overwrites such a sheet without a yes.
   */
  readonly confirmReplace: (sheetNames: readonly string[], references?: readonly string[]) => Promise<boolean>;
}

export type WritePlanOutcome =
  { readonly written: true; readonly sheets: readonly string[] } | { readonly written: false; readonly reason: "declined" };

/** Why a sheet's rows could not be read: each caller words it for its own purpose (a roster sheet, a definition sheet). */
export type SheetRowsProblem = "missing" | "tooLarge" | "unreadable";

/** A sheet's cells as rows of values (a roster kept in the workbook), or why not. */
export type SheetRows = Result<readonly (readonly unknown[])[], SheetRowsProblem>;

/** A roster sheet larger than this is refused rather than read: a province has a few thousand units at most. */
export const MAX_SHEET_ROWS_CELLS = 200_000;

/** What highlighting could not do: sheets protected with a password we do not know are left unchanged. */
export interface HighlightOutcome {
  readonly lockedSheets: readonly string[];
}

/** Office could not save the document's settings (saveAsync failed): what highlighting remembers may be lost with the pane. */
export class SettingsSaveError extends Error {
  constructor(readonly reason: string) {
    super(`settings.saveAsync failed: ${reason}`);
    this.name = "SettingsSaveError";
  }
}

export interface WorkbookPort {
  readonly host: "excel" | "file";
  /** One batched read of every UR_ defined name and the sheet list. */
  read(): Promise<RawWorkbook>;
  /** The names of the visible sheets, in order (to choose one, e.g. a roster). */
  sheetNames(): Promise<readonly string[]>;
  /** The values of one sheet's used cells, as rows; refused past MAX_SHEET_ROWS_CELLS. */
  readSheetRows(sheet: string): Promise<SheetRows>;
  /** Renders a sheet plan into the workbook. */
  writePlan(plan: WorkbookPlan, options: WritePlanOptions): Promise<WritePlanOutcome>;
  /** Selects and shows a cell (Excel); the file adapter has nothing to select and resolves. */
  select(cell: CellRef): Promise<void>;
  /** Marks problem cells (fill colour) without touching values or the template's formats; `clear` removes our marks again. */
  highlight(cells: readonly CellRef[]): Promise<HighlightOutcome>;
  clearHighlights(): Promise<HighlightOutcome>;
  /**
   * Opens a .xlsx as a new workbook next to the open one (Excel with ExcelApi 1.8: createWorkbook). Where
   * a download does nothing (Excel for Mac's webview ignores blob links, office-js#2700) this is how a
   * file result reaches the user inside Excel; absent where the host cannot.
   */
  openAsNewWorkbook?(bytes: Uint8Array): Promise<void>;
  /** Calls back when cells change (Excel worksheet change events, where supported). Returns an unsubscribe. */
  onChanged?(callback: () => void): Promise<() => void>;
  /** Calls back with the first cell of each new selection (Excel; the drill-down). Returns an unsubscribe. */
  onSelectionChanged?(callback: (cell: CellRef) => void): Promise<() => void>;
}
