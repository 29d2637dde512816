/** Looking up one named cell of a RawWorkbook, and where it sits: beside raw.ts, for check/ and forms/ alike (forms/ may not import check/). */
import type { CellRef, RawCell, RawNamedRange, RawWorkbook } from "./raw";

export interface NamedCell {
  readonly cell: RawCell;
  readonly ref: CellRef;
}

const EMPTY: RawCell = { value: null };

/** The address a user is sent to: the range's first cell, without "$" anchors. */
function firstAddress(range: RawNamedRange): string {
  const { ref } = range;
  // Most refs are already a plain "D7" (every reader writes them so): checked without a new string.
  if (/^[A-Z]+[0-9]+$/.test(ref)) return ref;
  return ref.replace(/\$/g, "").split(":")[0].toUpperCase();
}

/** The named cell, or null when the workbook lacks that name. Names are matched upper-case, as the adapters key them. */
export function namedCell(raw: RawWorkbook, name: string): NamedCell | null {
  const range = raw.names.get(name) ?? raw.names.get(name.toUpperCase());
  if (!range) return null;
  const cell = range.cells[0]?.[0] ?? EMPTY;
  return { cell, ref: { sheet: range.sheet, address: firstAddress(range) } };
}

/** The cell's text, for identification and meta: NFC, trimmed; numbers and booleans as written. Null for blank, error or no value. */
export function cellText(cell: RawCell): string | null {
  const v = cell.value;
  if (v === null || typeof v === "object") return null;
  const text = (typeof v === "string" ? v : String(v)).normalize("NFC").trim();
  return text === "" ? null : text;
}
