/** Drill-down inside Excel through the Office.js adapter and the in-memory Excel: the user selects a consolidated figure, the pane finds its units, a click selects the unit's register row. */
import { consolidatedPlan } from "../../src/domain/merge";
import { figureCells, unitsBehind } from "../../src/domain/merge/drill-down";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { firstCellOf } from "../../src/workbook/office/selection";
import type { CellRef } from "../../src/domain/raw";
import type { FigureKey } from "../../src/domain/submission";
import { API_LEVELS, FakeExcel } from "./fakeExcel";
import { catalog, merge, unitFile, DISTRICT } from "../merge/support";

const result = merge(
  [10, 40, 25].map((ld, i) =>
    unitFile(
      { code: `CD${i}`, name: `CĐCS số ${i}`, figures: new Map<FigureKey, number>([["LD_TONG@value", ld]]) },
      undefined,
      `cd${i}.xlsx`,
      i,
    ),
  ),
  DISTRICT,
);
const plan = consolidatedPlan(catalog, result, "2026-06-15").plan;
const ldCell = [...figureCells(plan.names, result.keys)].find(([, key]) => key === "LD_TONG@value")![0];

describe.each(API_LEVELS)("the selected cell at ExcelApi %s", (api) => {
  it("reports the selected figure cell, and a click on a unit selects its register row", async () => {
    const excel = new FakeExcel(api);
    const port = createOfficeWorkbook(excel.deps());
    await port.writePlan(plan, { confirmReplace: async () => true });
    const seen: CellRef[] = [];
    const stop = await port.onSelectionChanged!((cell) => seen.push(cell));
    const [sheet, address] = [ldCell.slice(0, ldCell.lastIndexOf("!")), ldCell.slice(ldCell.lastIndexOf("!") + 1)];
    await excel.userSelects(sheet, address);
    expect(seen).toEqual([{ sheet, address }]);
    const key = figureCells(plan.names, result.keys).get(`${seen[0].sheet}!${seen[0].address}`)!;
    const behind = unitsBehind(catalog, result, key);
    expect(behind.units.map((u) => [u.name, u.value, u.share])).toEqual([
      ["CĐCS số 1", 40, 53.3],
      ["CĐCS số 2", 25, 33.3],
      ["CĐCS số 0", 10, 13.3],
    ]);
    await port.select({ sheet: behind.units[0].sheet, address: `${behind.units[0].row}:${behind.units[0].row}` });
    expect(excel.active).toEqual({ sheet: "Chi tiết theo đơn vị", address: `${behind.units[0].row}:${behind.units[0].row}` });
    // The register row holds the unit the pane named.
    const row = excel.sheet("Chi tiết theo đơn vị")!.cell(behind.units[0].row - 1, 1); // zero-based: column B of the row
    expect(row.value).toBe("CĐCS số 1");
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await excel.userSelects(sheet, address);
    expect(seen).toHaveLength(1);
  });
});

describe("firstCellOf", () => {
  it("reads Excel's addresses, quoted or not, a range by its first cell, and nothing else", () => {
    expect(firstCellOf("'Biểu 01'!D12:E13")).toEqual({ sheet: "Biểu 01", address: "D12" });
    expect(firstCellOf("Sheet1!$B$3")).toEqual({ sheet: "Sheet1", address: "B3" });
    expect(firstCellOf("'O''Brien'!A1")).toEqual({ sheet: "O'Brien", address: "A1" });
    expect(firstCellOf("Sheet1!A:A")).toBeNull();
  });
});
