/**
 * What a workbook holds, as read by either adapter (Office.js inside Excel, or the .xlsx file reader).
 * Plain data, no host types: the domain turns it into identification, figures and notes.
 *
 * Only workbook-scoped defined names with our prefix are read: the merge works on codes, never on
 * positions or labels.
 */

/** The value of one cell as the spreadsheet holds it. A formula cell carries its cached value (null when none was saved). */
export type RawValue =
  | null // empty cell
  | number
  | string
  | boolean
  | { readonly error: string }; // "#REF!", "#DIV/0!", ...

export interface RawCell {
  readonly value: RawValue;
  /** Present when the cell holds a formula (without the leading "="). */
  readonly formula?: string;
  /**
   * Present when the file stored a number the reader could not represent exactly
   * (e.g. more than 15 significant digits); the text is what the file said.
   */
  readonly inexact?: string;
  /** True when the cell's number format is a date format (the value is then an Excel serial day number). */
  readonly isDate?: boolean;
}

export interface RawNamedRange {
  readonly name: string;
  readonly sheet: string;
  /** A1-style reference without the sheet, e.g. "D7" or "A5:AZ300". */
  readonly ref: string;
  /** Row-major cells of the range; a single cell is [[cell]]. */
  readonly cells: readonly (readonly RawCell[])[];
}

export interface RawWorkbook {
  /** Workbook-scoped defined names with the "UR_" prefix, keyed by upper-case name. A Map, never a plain object: names are untrusted text. */
  readonly names: ReadonlyMap<string, RawNamedRange>;
  /** Sheet names in workbook order, with their visibility. */
  readonly sheets: readonly { readonly name: string; readonly state: "visible" | "hidden" | "veryHidden" }[];
}

/** A cell the user can be sent to. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** Prefix of every defined name this product writes and reads. */
export const NAME_PREFIX = "UR_";
