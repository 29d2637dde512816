/**
 * Reads the values behind our defined names with ExcelJS — an independent reader of what our writer
 * (and LibreOffice) wrote — or with the project's own fast reader. Formula cells give their cached result.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/workbook/file/reader";
import { splitReference } from "./xlsxParts";
import { render } from "../../src/domain/i18n/message";

export type ReadValue = string | number | boolean | null;

export interface ReadBack {
  /** Defined name → sheet and reference as the file states it. */
  readonly names: ReadonlyMap<string, { sheet: string; ref: string }>;
  /** Defined name (single cell) → value. */
  readonly values: ReadonlyMap<string, ReadValue>;
  readonly sheets: ReadonlyMap<string, string>;
}

function plain(value: ExcelJS.CellValue): ReadValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "formula" in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof value === "object" && "error" in value) return String(value.error);
  return String(value);
}

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const names = new Map<string, { sheet: string; ref: string }>();
  const values = new Map<string, ReadValue>();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!name.startsWith("UR_") || ranges.length !== 1) continue;
    const target = splitReference(ranges[0]);
    names.set(name, target);
    if (target.ref.includes(":")) continue;
    const sheet = workbook.getWorksheet(target.sheet);
    values.set(name, sheet ? plain(sheet.getCell(target.ref).value) : null);
  }
  const sheets = new Map<string, string>();
  workbook.eachSheet((sheet) => sheets.set(sheet.name, sheet.state));
  return { names, values, sheets };
}

/** The same, through the project's own fast reader (src/workbook/file/reader): single-cell names → value. */
export function readBackFast(bytes: Uint8Array): ReadBack {
  const outcome = readWorkbook(bytes);
  if (!outcome.ok) throw new Error(`fast reader: ${render("en", outcome.error)}`);
  const { workbook, flags } = outcome.value;
  if (flags.brokenNames.length > 0) throw new Error(`fast reader: broken names ${flags.brokenNames.map((b) => b.name).join(", ")}`);
  const names = new Map<string, { sheet: string; ref: string }>();
  const values = new Map<string, ReadValue>();
  for (const [name, range] of workbook.names) {
    names.set(name, { sheet: range.sheet, ref: range.ref });
    if (range.cells.length === 1 && range.cells[0].length === 1) {
      const v = range.cells[0][0].value;
      values.set(name, v !== null && typeof v === "object" ? v.error : v);
    }
  }
  return { names, values, sheets: new Map(workbook.sheets.map((s) => [s.name, s.state])) };
}
