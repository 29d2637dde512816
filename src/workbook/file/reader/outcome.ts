/**
 * What a read returns beside the workbook: flags the caller must show the user, and the cost of the read.
 */
import type { AppError } from "../../../domain/errors";
import type { RawWorkbook } from "../../../domain/raw";
import { readerError, ReadAbort } from "./reader-error";

export interface BrokenName {
  readonly name: string;
  /** The name's definition as the file has it, e.g. "#REF!" or "[1]Sheet1!$A$1". */
  readonly formula: string;
  /**
   * external: points into another workbook; ref-error: its target was deleted (#REF!);
   * unsupported: not one cell or rectangle on one sheet; missing-sheet: names a sheet the workbook
   * does not have; duplicate: a second definition of a name already read (the first one counts).
   */
  readonly reason: "external" | "ref-error" | "unsupported" | "missing-sheet" | "duplicate";
}

export interface ReadFlags {
  /** The file carries a VBA project (a .xlsm). Nothing in it is ever run; the caller should warn. */
  readonly macros: boolean;
  /** The workbook uses the 1904 date system; date cells were converted to 1900-system serials. */
  readonly date1904: boolean;
  /** UR_ names that do not point at cells we can read. They are absent from `workbook.names`. */
  readonly brokenNames: readonly BrokenName[];
}

export interface ReadStats {
  /** Entries in the zip. */
  readonly entries: number;
  /** Parts actually inflated. */
  readonly partsRead: number;
  readonly inflatedBytes: number;
  /** Cells parsed plus cells asked for by named ranges. */
  readonly cellsRead: number;
  readonly ms: number;
}

export interface ReadOutcome {
  readonly workbook: RawWorkbook;
  readonly flags: ReadFlags;
  readonly stats: ReadStats;
}

/** Turns anything thrown inside a read into an error value: ours carry their own, anything else is "unreadable". */
export function toErrorValue(error: unknown): AppError {
  if (error instanceof ReadAbort) return error.error;
  return readerError("reader.unreadable");
}
