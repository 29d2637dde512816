/**
 * A1 addresses for the layout engine. Columns and rows are 1-based here, as Excel numbers them,
 * so that the layout code reads like the sheet it describes (column 4 is D, row 10 is row 10).
 */

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

export const range = (left: number, top: number, right: number, bottom: number): string => `${address(left, top)}:${address(right, bottom)}`;

/** A sheet-qualified reference for a formula. Always quoted: our sheet names hold spaces and Vietnamese letters. */
export const sheetRef = (sheet: string, ref: string): string => `'${sheet.replace(/'/g, "''")}'!${ref}`;

/** A text literal inside a formula. */
export const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** "D12" → { column: 4, row: 12 }. Only for our own plan addresses (no sheet, no $). */
export function parseAddress(ref: string): { column: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new RangeError(`not a cell address: ${ref}`);
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { column, row: Number(match[2]) };
}
