/**
 * A long unit name in "Chi tiết theo đơn vị" wraps in its column and its row is made tall enough,
 * in the streamed .xlsx and inside Excel alike: neither Excel nor LibreOffice re-fits a file's rows, so
 * without a height the name prints cut at the column's edge.
 */
import ExcelJS from "exceljs";
import type { FigureKey } from "../../src/domain/submission";
import { BREAKDOWN_ROWS, breakdownSheetName, consolidatedPlan } from "../../src/domain/merge";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { FakeExcel } from "../office/fakeExcel";
import { catalog, merge, unitFile, DISTRICT } from "./support";

const LONG = "CĐCS Công ty Trách nhiệm hữu hạn Một thành viên Cao su Điện Biên";
const SHORT = "CĐCS Xã A";

function plan() {
  const files = [LONG, SHORT].map((name, i) =>
    unitFile(
      { code: `CD${i}`, name, date: "2026-06-05", figures: new Map<FigureKey, number>([["LD_TONG@value", 10 + i]]) },
      undefined,
      `cd${i}.xlsx`,
      i,
    ),
  );
  return consolidatedPlan(catalog, merge(files, DISTRICT), "2026-06-15").plan;
}

/** The register row (1-based) of a unit, by its name in column B. */
function rowOf(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = BREAKDOWN_ROWS.firstUnit; r < BREAKDOWN_ROWS.firstUnit + 5; r++)
    if (sheet.getCell(`B${r}`).value === name) return sheet.getRow(r);
  throw new Error(`${name} not in the register`);
}

describe("a long unit name in the register", () => {
  it("wraps, in a row as tall as its lines, in the written .xlsx; a short name keeps one line", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(plan())) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet(breakdownSheetName())!;
    const long = rowOf(sheet, LONG);
    expect(long.height).toBeGreaterThanOrEqual(30);
    expect(long.getCell(2).alignment?.wrapText).toBe(true);
    expect(rowOf(sheet, SHORT).height).toBeUndefined();
  });

  it("gets the same height inside Excel", async () => {
    const excel = new FakeExcel("latest");
    const p = plan();
    await createOfficeWorkbook(excel.deps()).writePlan(p, { confirmReplace: async () => true });
    const register = p.sheets.find((s) => s.name === breakdownSheetName())!;
    const i = [0, 1].find((n) => register.rows!.row(n)[1] === LONG)!;
    const row = BREAKDOWN_ROWS.firstUnit + i;
    expect(excel.sheet(breakdownSheetName())!.rowHeights.get(`${row}:${row}`)).toBe(register.rows!.height!(i));
    expect(register.rows!.height!(1 - i)).toBeUndefined();
  });
});
