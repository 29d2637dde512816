/**
 * A form as officers type it in Excel (.xlsx) → plain grids for the import: cell values, merged ranges,
 * indent levels and bold, for every visible sheet (or the one asked for).
 *
 * The file is first read by our own reader, which says what a file that is not an .xlsx is (old .xls,
 * CSV, encrypted, damaged, a zip bomb…) in its usual Vietnamese messages and enforces its limits; only a
 * workbook that passes is handed to ExcelJS, whose full load gives the styles and merges our reader skips.
 */
import type { CellValue, Worksheet } from "exceljs";
import { parseAddress } from "../../../domain/a1";
import { fail, ok, type AppError, type Result } from "../../../domain/errors";
import type { GridCell, GridMerge, GridValue, TypedGrid } from "../../../domain/forms/import";
import { MAX_SHEET_ROWS_CELLS } from "../../port";
import { readSheetTable, type ReadLimits } from "../reader";
import { ReadBudget, resolveLimits } from "../reader/limits";
import { toErrorValue } from "../reader/outcome";
import { XlsxPackage } from "../reader/package";
import { inflateEntry } from "../reader/zip";
import { readerError } from "../reader/reader-error";
import { loadExcelJS } from "../writer/exceljs";

export interface TypedFormFile {
  /** Visible sheets in workbook order; only the chosen one when a sheet was named. */
  readonly sheets: readonly TypedGrid[];
}

/**
 * A typed form is a page or two: far below the reader's limits for a district's consolidated workbook.
 * ExcelJS inflates every part of the zip, so the whole package must fit these before it is handed over.
 */
export const TYPED_FORM_LIMITS: Partial<ReadLimits> = {
  maxFileBytes: 20 * 2 ** 20,
  maxInflatedBytes: 60 * 2 ** 20,
  maxPartBytes: 40 * 2 ** 20,
  maxCells: MAX_SHEET_ROWS_CELLS,
};

export async function readTypedForm(bytes: Uint8Array, sheetName?: string): Promise<Result<TypedFormFile>> {
  const gate = readSheetTable(bytes, sheetName, TYPED_FORM_LIMITS);
  if (!gate.ok) return fail(gate.error);
  const whole = inflatesWithinLimits(bytes);
  if (whole !== null) return fail(whole);
  try {
    const { Workbook } = await loadExcelJS();
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const wanted = gate.value.sheet.normalize("NFC").toLowerCase();
    const sheets = workbook.worksheets.filter((sheet) =>
      sheetName === undefined ? sheet.state === "visible" : sheet.name.normalize("NFC").toLowerCase() === wanted,
    );
    const grids: TypedGrid[] = [];
    for (const sheet of sheets) {
      const grid = gridOf(sheet);
      if (grid === null) return fail(readerError("reader.too-many-cells", { limit: MAX_SHEET_ROWS_CELLS }));
      grids.push(grid);
    }
    return ok({ sheets: grids });
  } catch {
    return fail(readerError("reader.unreadable"));
  }
}

/** Inflates every entry of the zip under the reader's budget (counting, never keeping): a bomb in any part is refused here, not inside ExcelJS. */
function inflatesWithinLimits(bytes: Uint8Array): AppError | null {
  try {
    const budget = new ReadBudget(resolveLimits(TYPED_FORM_LIMITS));
    const pkg = new XlsxPackage(bytes, budget);
    for (const entry of pkg.directory.entries.values()) {
      inflateEntry(
        bytes,
        entry,
        budget,
        () => budget.checkTime(),
        () => undefined,
      );
    }
    return null;
  } catch (error) {
    return toErrorValue(error);
  }
}

/** One sheet as dense rows, or null when they would hold more cells than a form ever has. */
function gridOf(sheet: Worksheet): TypedGrid | null {
  const found: { row: number; column: number; cell: GridCell }[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const r = rowNumber - 1;
      const c = columnNumber - 1;
      // ExcelJS answers a covered cell with its master's value: only the master holds it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = valueOf(cell.value);
      // A formula without a cached result (a file saved by a program, not by Excel) still says how its column is computed.
      if (value.value === null && !value.formula) return;
      found.push({
        row: r,
        column: c,
        cell: {
          value: value.value,
          indent: cell.alignment?.indent,
          bold: cell.font?.bold === true,
          formula: value.formula,
          // ExcelJS answers a shared formula's other cells with the formula moved to them, as Excel shows it.
          ...(value.formula && typeof cell.formula === "string" ? { formulaText: cell.formula } : {}),
        },
      });
      lastRow = Math.max(lastRow, r + 1);
      lastColumn = Math.max(lastColumn, c + 1);
    });
  });
  if (lastRow * lastColumn > MAX_SHEET_ROWS_CELLS) return null;
  const rows: (GridCell | null)[][] = Array.from({ length: lastRow }, () => new Array<GridCell | null>(lastColumn).fill(null));
  for (const { row, column, cell } of found) rows[row][column] = cell;
  return { sheet: sheet.name, rows, merges: mergesOf(sheet) };
}

function mergesOf(sheet: Worksheet): GridMerge[] {
  const merges: GridMerge[] = [];
  for (const range of sheet.model.merges ?? []) {
    const [from, to = from] = range.replace(/\$/g, "").split(":");
    try {
      const a = parseAddress(from);
      const b = parseAddress(to);
      merges.push({ top: a.row - 1, left: a.column - 1, bottom: b.row - 1, right: b.column - 1 });
    } catch {
      // A range ExcelJS kept but we cannot place is left out: merges only help find titles and headers.
    }
  }
  return merges;
}

function valueOf(value: CellValue): { value: GridValue; formula?: boolean } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: null };
  if ("richText" in value) return { value: value.richText.map((run) => run.text).join("") };
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    const plain = typeof result === "string" || typeof result === "number" || typeof result === "boolean" ? result : null;
    return { value: plain, formula: true };
  }
  if ("hyperlink" in value) return { value: typeof value.text === "string" ? value.text : null };
  return { value: null };
}
