/**
 * The .xlsx reader: pure TypeScript over a Uint8Array, for the browser (a Web Worker) and Node alike.
 * Reads our templates by their defined names, or one whole sheet of anyone's workbook, within limits
 * that keep a hostile file from hurting the machine.
 */
export { readWorkbook, type ReadRequest } from "./read-workbook";
export { WorkbookReader } from "./workbook-reader";
export { readSheetTable, type SheetTable } from "./read-sheet-table";
export { DEFAULT_READ_LIMITS, fileSizeError, type ReadLimits } from "./limits";
export type { BrokenName, ReadFlags, ReadOutcome, ReadStats } from "./outcome";
export type { ReaderErrorCode } from "./reader-error";
