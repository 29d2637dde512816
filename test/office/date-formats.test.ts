/**
 * A figure cell's number format decides whether its number is a date, and that decision must be the
 * same inside Excel (the Office.js adapter reads Range.numberFormat) and outside (the .xlsx reader reads
 * the format code of the cell's style): the same cells, through both, give the same isDate.
 */
import * as ExcelJS from "exceljs";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { cellOf, mustRead } from "../reader/read-helpers";
import { FakeExcel } from "./fakeExcel";

const FORMATS: readonly (readonly [string, boolean])[] = [
  ["dd/mm/yyyy", true],
  ["[$-42A]d mmmm yyyy", true],
  ["h:mm", true],
  ["[h]:mm", true],
  ["[h]:mm:ss", true],
  ["mm:ss", true],
  ["h:mm AM/PM", true],
  ["#,##0", false],
  ["#,##0.000", false],
  ['0 "ngày"', false],
  ["[Red]#,##0.00", false],
  ["0.0%", false],
  ["General", false],
  ["@", false],
];

const nameOf = (i: number): string => `UR_F${i}`;

async function throughTheReader(): Promise<boolean[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Biểu 01");
  FORMATS.forEach(([format], i) => {
    sheet.getCell(`D${i + 1}`).value = 45000;
    sheet.getCell(`D${i + 1}`).numFmt = format;
    workbook.definedNames.add(`'Biểu 01'!$D$${i + 1}`, nameOf(i));
  });
  const outcome = mustRead(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return FORMATS.map((_, i) => cellOf(outcome, nameOf(i)).isDate === true);
}

async function throughExcel(): Promise<boolean[]> {
  const excel = new FakeExcel();
  const sheet = excel.addSheet("Biểu 01");
  FORMATS.forEach(([format], i) => {
    sheet.put(`D${i + 1}`, 45000, format);
    excel.names.set(nameOf(i), { sheet: "Biểu 01", ref: `D${i + 1}`, broken: false });
  });
  const raw = await createOfficeWorkbook(excel.deps()).read();
  return FORMATS.map((_, i) => raw.names.get(nameOf(i))?.cells[0][0].isDate === true);
}

describe("date formats, decided once", () => {
  it("gives every format the same verdict inside Excel and in the file reader", async () => {
    const expected = FORMATS.map(([format, isDate]) => [format, isDate]);
    expect((await throughExcel()).map((isDate, i) => [FORMATS[i][0], isDate])).toEqual(expected);
    expect((await throughTheReader()).map((isDate, i) => [FORMATS[i][0], isDate])).toEqual(expected);
  });
});
