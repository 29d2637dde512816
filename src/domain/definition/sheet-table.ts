/**
 * One definition sheet read as a table: its header row matched against the fixed column keys, and its
 * data rows with their 1-based Excel row numbers, so every problem can name its cell.
 */
import { address } from "../a1";
import type { DefinitionCell, DefinitionSheet, DefinitionSheets } from "./definition-sheets";
import type { DefinitionProblem } from "./problems";

/** Bounds on what a stranger's definition may make us read and write. */
export const DEFINITION_LIMITS = {
  rowsPerSheet: 5000,
  columnsPerSheet: 60,
  cellText: 2000,
} as const;

export const foldKey = (text: string): string => text.normalize("NFC").trim().toLowerCase();

export interface TableRow {
  /** 1-based row number in the sheet. */
  readonly line: number;
  readonly cells: readonly DefinitionCell[];
}

export class SheetTable {
  private readonly columns = new Map<string, number>();

  constructor(
    readonly name: string,
    header: readonly DefinitionCell[],
    readonly rows: readonly TableRow[],
    known: Readonly<Record<string, "required" | "optional">>,
    private readonly problems: DefinitionProblem[],
  ) {
    header.forEach((cell, index) => {
      const key = foldKey(cellText(cell));
      if (key === "") return;
      if (!Object.hasOwn(known, key))
        this.problem("warning", 1, index, "forms.sheet.unknownColumn", "forms.sheet.unknownColumn", {
          column: cellText(cell).slice(0, 40),
        });
      else if (this.columns.has(key))
        this.problem("error", 1, index, "forms.sheet.duplicateColumn", "forms.sheet.duplicateColumn", { column: key });
      else this.columns.set(key, index);
    });
    for (const [key, need] of Object.entries(known)) {
      if (need === "required" && !this.columns.has(key))
        this.problem("error", 1, null, "forms.sheet.missingColumn", "forms.sheet.missingColumn", { column: key });
    }
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  /** The A1 address of a row's cell in a column (the header cell's column), or of the row's first cell. */
  cellAt(row: TableRow, key: string): string {
    return address((this.columns.get(key) ?? 0) + 1, row.line);
  }

  raw(row: TableRow, key: string): DefinitionCell {
    const index = this.columns.get(key);
    return index === undefined ? null : (row.cells[index] ?? null);
  }

  /** The cell as text: trimmed, NFC; "" when blank. Never interpreted: "=HYPERLINK(…)" stays text. */
  text(row: TableRow, key: string): string {
    const text = cellText(this.raw(row, key));
    if (text.length > DEFINITION_LIMITS.cellText) {
      this.problem("error", row.line, this.columns.get(key) ?? null, "forms.cell.tooLong", "forms.cell.tooLong", {
        max: DEFINITION_LIMITS.cellText,
      });
      return text.slice(0, DEFINITION_LIMITS.cellText);
    }
    return text;
  }

  /** A column that must be filled: its text, or "" after reporting it empty at its cell. */
  required(row: TableRow, key: string): string {
    const text = this.text(row, key);
    if (!text) this.missing(row, key);
    return text;
  }

  /** Reports a column that must be filled as empty, at its cell ("cần điền cột …"). */
  missing(row: TableRow, key: string): void {
    this.at(row, key, "forms.required", "forms.required", { column: key });
  }

  problem(
    severity: DefinitionProblem["severity"],
    line: number,
    columnIndex: number | null,
    code: string,
    key: DefinitionProblem["key"],
    params: DefinitionProblem["params"] = {},
  ): void {
    this.problems.push({
      severity,
      sheet: this.name,
      cell: columnIndex === null ? address(1, line) : address(columnIndex + 1, line),
      code,
      key,
      params,
    });
  }

  /** A problem at a row's cell in a column. */
  at(
    row: TableRow,
    key: string,
    code: string,
    messageKey: DefinitionProblem["key"],
    params: DefinitionProblem["params"] = {},
    severity: DefinitionProblem["severity"] = "error",
  ): void {
    this.problem(severity, row.line, this.columns.get(key) ?? null, code, messageKey, params);
  }
}

export function cellText(cell: DefinitionCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.normalize("NFC").trim();
  return String(cell);
}

/** Finds a sheet by its fixed name (folded) and reads it as a table; null (with a problem when required) when absent. */
export function sheetTable(
  sheets: DefinitionSheets,
  name: string,
  known: Readonly<Record<string, "required" | "optional">>,
  required: boolean,
  problems: DefinitionProblem[],
): SheetTable | null {
  const found: DefinitionSheet | undefined = sheets.sheets.find((s) => foldKey(s.name) === name);
  if (!found) {
    if (required)
      problems.push({
        severity: "error",
        sheet: name,
        cell: null,
        code: "forms.sheet.missing",
        key: "forms.sheet.missing",
        params: { sheet: name },
      });
    return null;
  }
  if (found.rows.length > DEFINITION_LIMITS.rowsPerSheet + 1) {
    problems.push({
      severity: "error",
      sheet: found.name,
      cell: null,
      code: "forms.sheet.tooManyRows",
      key: "forms.sheet.tooManyRows",
      params: { max: DEFINITION_LIMITS.rowsPerSheet },
    });
    return null;
  }
  const [header = [], ...body] = found.rows;
  if (header.length > DEFINITION_LIMITS.columnsPerSheet) {
    problems.push({
      severity: "error",
      sheet: found.name,
      cell: null,
      code: "forms.sheet.tooManyColumns",
      key: "forms.sheet.tooManyColumns",
      params: { max: DEFINITION_LIMITS.columnsPerSheet },
    });
    return null;
  }
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (cells.some((c) => cellText(c) !== "")) rows.push({ line: i + 2, cells });
  });
  return new SheetTable(found.name, header, rows, known, problems);
}
