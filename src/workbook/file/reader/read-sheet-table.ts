/**
 * readSheetTable: one whole sheet as rows of values, for files other people made in any tool
 * (rosters of units). Row i of the result is sheet row i + 1 and column j is column j + 1, so a
 * position the user sees is a position in the result. Bounded by the cells limit, counted over
 * the cells the result holds (blank ones in between included), so a lone cell at XFD1048576
 * cannot make us allocate a billion.
 */
import { fail, ok, type Result } from "../../../domain/errors";
import type { RawValue } from "../../../domain/raw";
import { needsStyle, toRawCell } from "./cell-values";
import { ReadBudget, resolveLimits, type ReadLimits } from "./limits";
import { openWorkbook, sheetKey, worksheetPart } from "./open-workbook";
import { toErrorValue } from "./outcome";
import { readerError, ReadAbort } from "./reader-error";
import { ReaderMemory } from "./reader-memory";
import { readSharedStrings } from "./shared-strings";
import { readSheetCells, type CellRecord } from "./sheet-cells";
import { NO_DATE_STYLES, readDateStyles } from "./styles";

export interface SheetTable {
  readonly sheet: string;
  readonly rows: RawValue[][];
}

/** `memory`: what a WorkbookReader remembers from its earlier files; a read on its own starts from nothing. */
export function readSheetTable(
  bytes: Uint8Array,
  sheetName?: string,
  options?: Partial<ReadLimits>,
  memory = new ReaderMemory(),
): Result<SheetTable> {
  try {
    return ok(read(bytes, sheetName, new ReadBudget(resolveLimits(options)), memory));
  } catch (error) {
    return fail(toErrorValue(error));
  }
}

function read(bytes: Uint8Array, sheetName: string | undefined, budget: ReadBudget, memory: ReaderMemory): SheetTable {
  const opened = openWorkbook(bytes, budget, memory);
  const { sheets } = opened.workbook;
  const sheet =
    sheetName === undefined ? sheets.find((s) => s.state === "visible") : sheets.find((s) => sheetKey(s.name) === sheetKey(sheetName));
  if (sheet === undefined) {
    throw new ReadAbort(
      sheetName === undefined ? readerError("reader.no-visible-sheet") : readerError("reader.sheet-not-found", { sheet: sheetName }),
    );
  }
  const part = worksheetPart(opened, sheet);
  const cells: CellRecord[] = [];
  // Blank positions the dense rows will hold, counted as they become necessary.
  const widths = new Map<number, number>();
  let lastRow = 0;
  if (part !== undefined) {
    readSheetCells(opened.pkg, part, {
      lastRow: Number.POSITIVE_INFINITY,
      wants: () => true,
      take: (cell) => {
        cells.push(cell);
        const width = widths.get(cell.row) ?? 0;
        if (cell.column > width) {
          budget.cells(cell.column - width);
          widths.set(cell.row, cell.column);
        }
        if (cell.row > lastRow) {
          budget.cells(cell.row - lastRow);
          lastRow = cell.row;
        }
      },
    });
  }
  budget.checkTime();

  const stringIndices = new Set<number>();
  let styleNeeded = false;
  for (const cell of cells) {
    if (cell.type === "s" && cell.value !== undefined) stringIndices.add(Number(cell.value));
    if (needsStyle(cell)) styleNeeded = true;
  }
  const stringsPart = opened.relationships.firstOfKind("sharedStrings")?.partName;
  const stylesPart = opened.relationships.firstOfKind("styles")?.partName;
  const context = {
    sharedStrings: readSharedStrings(opened.pkg, stringsPart, stringIndices),
    sharedStringsPart: stringsPart ?? "sharedStrings.xml",
    styles: styleNeeded ? readDateStyles(opened.pkg, stylesPart) : NO_DATE_STYLES,
    date1904: opened.workbook.date1904,
  };

  const rows: RawValue[][] = [];
  for (let r = 0; r < lastRow; r++) rows.push(new Array<RawValue>(widths.get(r + 1) ?? 0).fill(null));
  for (const cell of cells) rows[cell.row - 1][cell.column - 1] = toRawCell(cell, context).value;
  return { sheet: sheet.name, rows };
}
