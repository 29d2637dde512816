/**
 * From a cell as stored (type, <v> text, style) to the RawCell the domain reads. Every type a
 * writer may use is understood; what cannot be read exactly keeps the file's text in `inexact`.
 */
import { decodeOoxmlText } from "./ooxml-text";
import type { RawCell, RawValue } from "../../../domain/raw";
import { DAYS_1904_TO_1900, isoDateToSerial, parseNumberText } from "./numbers";
import { readerError, ReadAbort } from "./reader-error";
import type { CellRecord } from "./sheet-cells";
import type { SharedStrings } from "./shared-strings";
import type { DateStyles } from "./styles";

export interface CellContext {
  readonly sharedStrings: SharedStrings;
  readonly sharedStringsPart: string;
  readonly styles: DateStyles;
  readonly date1904: boolean;
}

export const EMPTY_CELL: RawCell = Object.freeze({ value: null });

/** Whether the cell's value depends on styles.xml (a number whose format may be a date). */
export const needsStyle = (cell: CellRecord): boolean => cell.style > 0 && (cell.type === "n" || cell.type === "d");

export function toRawCell(cell: CellRecord | undefined, context: CellContext): RawCell {
  if (cell === undefined) return EMPTY_CELL;
  const formula = cell.formula;
  const v = cell.value;
  let value: RawValue = null;
  let inexact: string | undefined;
  let isDate = false;
  switch (cell.type) {
    case "s": {
      if (v === undefined || v.trim() === "") break;
      const index = Number(v);
      const text = Number.isInteger(index) ? context.sharedStrings.get(index) : undefined;
      // A reference to a string that is not there is a damaged file, not an empty cell.
      if (text === undefined) throw new ReadAbort(readerError("reader.xml-malformed", { part: context.sharedStringsPart }));
      value = text;
      break;
    }
    case "inlineStr": {
      const text = cell.inline ?? v;
      value = text === undefined ? null : decodeOoxmlText(text);
      break;
    }
    case "str":
      value = v === undefined ? null : decodeOoxmlText(v);
      break;
    case "b":
      if (v === undefined) break;
      if (v === "1" || v.toLowerCase() === "true") value = true;
      else if (v === "0" || v.toLowerCase() === "false") value = false;
      else inexact = v;
      break;
    case "e":
      value = v === undefined ? null : { error: v };
      break;
    case "d": {
      if (v === undefined || v === "") break;
      const serial = isoDateToSerial(v);
      if (serial === undefined) {
        value = v;
        inexact = v;
      } else {
        value = serial;
        isDate = true;
      }
      break;
    }
    default: {
      if (v === undefined || v === "") break;
      const parsed = parseNumberText(v);
      value = parsed.value;
      inexact = parsed.inexact;
      if (value !== null && context.styles.isDate(cell.style)) {
        isDate = true;
        if (context.date1904) value += DAYS_1904_TO_1900;
      }
    }
  }
  const raw: { value: RawValue; formula?: string; inexact?: string; isDate?: boolean } = { value };
  if (formula !== undefined) raw.formula = formula;
  if (inexact !== undefined) raw.inexact = inexact;
  if (isDate) raw.isDate = true;
  return raw;
}
