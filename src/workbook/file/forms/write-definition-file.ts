/**
 * The definition workbook as a file a union officer opens in Excel or LibreOffice: one sheet per sheet of
 * the contract, a bold frozen header row, columns wide enough to read, and a todo column that stands out
 * (what the import could not decide). Every text is written as text in cells formatted as text, so a label
 * such as "=HYPERLINK(…)" stays a label, here and when the officer edits it.
 */
import type { Cell, Worksheet } from "exceljs";
import type { DefinitionCell, DefinitionSheet, DefinitionSheets } from "../../../domain/definition/definition-sheets";
import { loadExcelJS } from "../writer/exceljs";
import { t } from "../../../domain/i18n/strings";

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** A todo gets room to be read without widening the sheet past a screen. */
const TODO_WIDTH = 70;
const HEADER_FILL = "FFD9E2F3";
const TODO_FILL = "FFFFE699";
const TODO_FONT = "FF9C0006";
/** Excel's "Text" number format: what the officer types later stays text too. */
const TEXT_FORMAT = "@";

export async function writeDefinitionFile(definition: DefinitionSheets): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  workbook.creator = t("vi", "app.name");
  for (const sheet of definition.sheets)
    drawSheet(workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] }), sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function drawSheet(sheet: Worksheet, definition: DefinitionSheet): void {
  const [header = [], ...rows] = definition.rows;
  const todoColumn = header.findIndex((key) => key === "todo");
  const widths: number[] = header.map((key) => textWidth(key));
  definition.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      write(cell, value);
      widths[c] = Math.max(widths[c] ?? 0, textWidth(value));
      if (c === todoColumn && r > 0 && value !== null && value !== "") {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TODO_FILL } };
        cell.font = { bold: true, color: { argb: TODO_FONT } };
        cell.alignment = { wrapText: true, vertical: "top" };
      }
    });
  });
  const headerRow = sheet.getRow(1);
  header.forEach((_, c) => {
    const cell = headerRow.getCell(c + 1);
    cell.font = { bold: true, ...(c === todoColumn ? { color: { argb: TODO_FONT } } : {}) };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: c === todoColumn ? TODO_FILL : HEADER_FILL } };
  });
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width =
      c === todoColumn ? Math.max(MIN_WIDTH, Math.min(TODO_WIDTH, width)) : Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width + 2));
  });
  if (rows.length > 0 && header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

function write(cell: Cell, value: DefinitionCell): void {
  if (value === null || value === "") return;
  if (typeof value === "string") {
    // ExcelJS writes a string as a string cell, never as <f>: only { formula } objects become formulas.
    cell.numFmt = TEXT_FORMAT;
    cell.value = value.normalize("NFC");
    return;
  }
  cell.value = value;
}

function textWidth(value: DefinitionCell | undefined): number {
  if (value === null || value === undefined) return 0;
  return Math.max(
    ...String(value)
      .split("\n")
      .map((line) => line.length),
  );
}
