/**
 * A sheet plan: the plain description of a workbook that both renderers draw.
 * The Office.js adapter (inside Excel) and the .xlsx writer (browser and Node) take the same plan,
 * so the workbook made in Excel and the downloaded one are the same workbook.
 *
 * Rules every renderer keeps:
 * - `value` is always literal: a string is written as text even when it starts with "=", "+", "-" or "@".
 *   Only `formula` becomes a formula.
 * - `formula` is written without the leading "=", in English function names and A1 references.
 * - A cell is locked unless `locked === false`; a sheet with `protect` is protected without a password.
 */

export type StyleName =
  | "title" // form title, bold, large
  | "subtitle" // campaign / period line under the title
  | "formCode" // "Mẫu ..." in the top corner
  | "header" // table column headers: bold, shaded, bordered, wrapped
  | "tt" // TT column
  | "label" // Nội dung of a top-level row (bold)
  | "labelChild" // Nội dung of a "trong đó" row (indented)
  | "unit" // Đơn vị tính
  | "inputInteger" // unlocked, shaded input cell, whole number format
  | "inputDecimal" // unlocked, shaded input cell, up to 3 decimals
  | "inputPercent" // unlocked, shaded input cell, 0.0% (a column typed as a percentage)
  | "inputText" // unlocked, shaded text input (identification, notes)
  | "inputDate" // unlocked, shaded date input (dd/mm/yyyy)
  | "computedInteger" // formula result, whole number format
  | "computedDecimal" // formula result, decimals
  | "computedPercent" // formula result, 0.0%
  | "note" // Ghi chú input (unlocked, wrapped)
  | "notApplicable" // a column the row does not have (e.g. the change of a flow): grey, locked, empty
  | "text" // plain text
  | "cell" // a bordered, wrapped cell of a report table (status, breakdown)
  | "paragraph" // a sentence or more of running text (instructions): wrapped, top-aligned
  | "textBold"
  | "small" // small italic help text
  | "signatureTitle" // "Người lập biểu", "Thủ trưởng đơn vị"
  | "signatureHint"; // "(Ký, ghi rõ họ tên)"

export type ValidationPlan =
  | {
      readonly type: "whole" | "decimal";
      readonly min: number;
      readonly max?: number;
      readonly prompt: LocalizedMessage;
      readonly error: LocalizedMessage;
    }
  | {
      readonly type: "list";
      readonly items: readonly string[];
      /**
       * Where the same items sit in the workbook, sheet-qualified and absolute (e.g. "'_meta'!$D$2:$D$5").
       * When present the renderer uses it as the list source: an inline list is split at commas, and
       * an item such as "LĐLĐ tỉnh, thành phố" holds one.
       */
      readonly range?: string;
      readonly prompt: LocalizedMessage;
      readonly error: LocalizedMessage;
    }
  | {
      readonly type: "date";
      readonly prompt: LocalizedMessage;
      readonly error: LocalizedMessage;
    }
  | {
      readonly type: "textLength";
      readonly max: number;
      readonly prompt: LocalizedMessage;
      readonly error: LocalizedMessage;
    };

/** Excel shows one title and text per validation; the renderers use the Vietnamese ones. */
export interface LocalizedMessage {
  readonly title: string;
  readonly text: string;
}

export interface CellPlan {
  /** A1 address on its sheet, e.g. "D7". */
  readonly ref: string;
  readonly value?: string | number | null;
  readonly formula?: string;
  readonly style?: StyleName;
  /** Input cells are unlocked (false); everything else stays locked. */
  readonly locked?: boolean;
  readonly validation?: ValidationPlan;
}

/**
 * Rows drawn one at a time, so that a table of 136,000 units is never held as cells: a renderer asks
 * for each row when it writes it. `row(i)` must give the same values every time it is called.
 */
export interface RowsPlan {
  /** Sheet row (1-based) of row 0. */
  readonly firstRow: number;
  readonly count: number;
  /** Style of each column from column A; a row has at most this many cells. */
  readonly styles: readonly StyleName[];
  /** Values of row i from column A: text stays literal, null is an empty cell. */
  row(i: number): readonly (string | number | null)[];
  /** Height in points of row i when its wrapped text needs more than one line (see row-height.ts); undefined: one line. */
  readonly height?: (i: number) => number | undefined;
}

export interface PrintPlan {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /**
   * True: shrink to one page wide (a form). False: print at full size across as many pages as needed,
   * repeating the first columns (a wide breakdown of many codes would be unreadable shrunk to one page).
   */
  readonly fitToWidth: boolean;
  /** Percent to print at when not fitted to the width (default 100): a wide table prints more columns per page, in a smaller type. */
  readonly scale?: number;
  /** Columns repeated at the left of every printed page, e.g. A:B (1-based, inclusive). */
  readonly repeatColumns?: { readonly first: number; readonly last: number };
  /** Rows repeated at the top of every printed page, e.g. "6:7" (1-based, inclusive). */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Page header text (centre), e.g. the unit name; page footer shows "Trang x / y". */
  readonly header?: string;
}

export type SheetRole = "identification" | "instructions" | "table" | "meta" | "breakdown" | "status" | "units";

export interface SheetPlan {
  readonly name: string;
  readonly role: SheetRole;
  /** Table id for role "table" (e.g. "B01"). */
  readonly tableId?: string;
  readonly cells: readonly CellPlan[];
  /** A long table below or between the cells (the register of every unit), produced row by row when drawn. */
  readonly rows?: RowsPlan;
  /** Merged ranges, e.g. "A1:F1". */
  readonly merges: readonly string[];
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths: readonly number[];
  /**
   * Row heights in points for rows whose wrapped text needs more than one line. Renderers set them
   * explicitly because neither Excel nor LibreOffice re-fits rows of a file on opening it.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  /**
   * Rows (1-based) kept in the file for the machine but hidden from people: the register's row of
   * codes, which the next level's merge reads through its defined name.
   */
  readonly hiddenRows?: readonly number[];
  /** Frozen panes: rows above and columns left of the first scrolling cell. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly protect: boolean;
  readonly print?: PrintPlan;
  /** "hidden" (not veryHidden: LibreOffice turns veryHidden into hidden anyway). */
  readonly visibility: "visible" | "hidden";
  /** Optional tab colour, hex "RRGGBB". */
  readonly tabColor?: string;
}

export interface NamePlan {
  /** Workbook-scoped defined name, upper case, with the UR_ prefix. */
  readonly name: string;
  readonly sheet: string;
  /** A1 reference on that sheet, single cell or range. */
  readonly ref: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  readonly properties: {
    readonly title: string;
    readonly subject: string;
    readonly creator: string;
    readonly keywords: string;
  };
}
