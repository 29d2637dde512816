/**
 * A1 addresses, for every layer: the layout engine, the Office.js adapter and the file reader. Columns
 * and rows are 1-based everywhere, as Excel numbers them, so that code reads like the sheet it describes
 * (column 4 is D, row 10 is row 10); an adapter that counts from 0 converts at its own edge.
 */

/** The sheet grid of Excel 2007 and later. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be a positive integer: ${column}`);
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const address = (column: number, row: number): string => `${columnLetter(column)}${row}`;

export const absolute = (column: number, row: number): string => `$${columnLetter(column)}$${row}`;

/** "B5" → "$B$5": a formula pointing at a fixed cell of another sheet. */
export const absoluteOf = (ref: string): string => ref.replace(/^\$?([A-Z]+)\$?(\d+)$/, "$$$1$$$2");

export const range = (left: number, top: number, right: number, bottom: number): string =>
  `${address(left, top)}:${address(right, bottom)}`;

/** A sheet-qualified reference for a formula. Always quoted: our sheet names hold spaces and Vietnamese letters. */
export const sheetRef = (sheet: string, ref: string): string => `'${sheet.replace(/'/g, "''")}'!${ref}`;

/** A text literal inside a formula. */
export const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** "D" → 4, "ab" → 28 (either case); letters only, as the caller matched them. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n;
}

/**
 * "D7", "$D$7", "d7" → row 7, column 4, written into `out` as [row, column] without allocating: the
 * file reader calls this for every cell of a sheet. [0, 0] when the text is not a cell inside the grid.
 */
export function readCellRef(ref: string, out: [number, number]): void {
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  const lettersStart = i;
  let column = 0;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  const letters = i - lettersStart;
  if (ref.charCodeAt(i) === 36 /* $ */) i++;
  const digitsStart = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i !== ref.length || i === digitsStart || letters === 0 || letters > 3 || column > MAX_COLUMN || row === 0 || row > MAX_ROW) {
    out[0] = 0;
    out[1] = 0;
    return;
  }
  out[0] = row;
  out[1] = column;
}

/** "D7", "$D$7", "d7" → { column: 4, row: 7 }; undefined when it is not a cell inside the sheet grid. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const at: [number, number] = [0, 0];
  readCellRef(ref, at);
  return at[0] === 0 ? undefined : { row: at[0], column: at[1] };
}

/** "D12" → { column: 4, row: 12 }. For our own plan addresses, where anything else is a bug. */
export function parseAddress(ref: string): { column: number; row: number } {
  const parsed = parseCellRef(ref);
  if (!parsed) throw new RangeError(`not a cell address: ${ref}`);
  return parsed;
}
