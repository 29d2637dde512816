/**
 * A reader of a series of files: a merge's, the CLI's validate's. It reads each as readWorkbook and
 * readSheetTable do, faster for what the files repeat (ReaderMemory), and holds nothing else: the
 * caller creates one for its series and drops it with it, and two readers share nothing.
 */
import type { Result } from "../../../domain/errors";
import type { ReadLimits } from "./limits";
import type { ReadOutcome } from "./outcome";
import { readSheetTable, type SheetTable } from "./read-sheet-table";
import { readWorkbook, type ReadRequest } from "./read-workbook";
import { ReaderMemory } from "./reader-memory";

export class WorkbookReader {
  private readonly memory = new ReaderMemory();

  readWorkbook(bytes: Uint8Array, options?: Partial<ReadLimits>, request?: ReadRequest): Result<ReadOutcome> {
    return readWorkbook(bytes, options, request, this.memory);
  }

  readSheetTable(bytes: Uint8Array, sheetName?: string, options?: Partial<ReadLimits>): Result<SheetTable> {
    return readSheetTable(bytes, sheetName, options, this.memory);
  }
}
