/**
 * A typed form as the importer sees it: one sheet as plain cells, whoever read it (the .xlsx adapter with
 * merges, indents and bold; inside Excel the sheet's values only). Row i is sheet row i + 1 and column j is
 * column j + 1, so a row number in a note is the row the officer sees.
 */

export type GridValue = string | number | boolean | null;

export interface GridCell {
  readonly value: GridValue;
  /** Excel's indent level (Format Cells → Alignment → Indent); 0 or absent when not indented. */
  readonly indent?: number;
  readonly bold?: boolean;
  /** The value is a formula's cached result, not typed text. */
  readonly formula?: boolean;
  /** The formula as typed, without its "=" ("E11/D11*100"), where the reader has it. */
  readonly formulaText?: string;
}

/** A merged range, 0-based and inclusive. */
export interface GridMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface TypedGrid {
  readonly sheet: string;
  readonly rows: readonly (readonly (GridCell | null)[])[];
  readonly merges: readonly GridMerge[];
}

/** A sheet read as values only (e.g. through the WorkbookPort inside Excel): no indents, bold or merges. */
export function gridFromValues(sheet: string, rows: readonly (readonly unknown[])[]): TypedGrid {
  const cell = (value: unknown): GridCell | null => {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
    return null;
  };
  return { sheet, rows: rows.map((row) => row.map(cell)), merges: [] };
}

/** The text a cell shows, NFC and trimmed; "" for blank. Numbers as typed (1 → "1"). */
export function cellText(cell: GridCell | null | undefined): string {
  if (cell === null || cell === undefined || cell.value === null) return "";
  return String(cell.value).normalize("NFC").trim();
}
