/** Test helper: a definition's sheets written as a real .xlsx by ExcelJS, as Excel would save what an officer typed. */
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import type { DefinitionSheets } from "../../src/domain/definition/definition-sheets";

export async function definitionXlsx(sheets: DefinitionSheets): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeDefinitionXlsx(path: string, sheets: DefinitionSheets): Promise<void> {
  writeFileSync(path, await definitionXlsx(sheets));
}
