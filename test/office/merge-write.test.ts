/** The consolidated workbook written into the open workbook through the Office.js adapter: bounded syncs, text as text, replace only after a yes. */
import { consolidatedPlan, breakdownSheetName, statusSheetName } from "../../src/domain/merge";
import { sheetCells } from "../../src/domain/layout";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { PRINTABLE_WIDTH } from "../../src/workbook/office/print";
import { widthInPoints } from "../../src/workbook/office/styles";
import type { FigureKey } from "../../src/domain/submission";
import { API_LEVELS, FakeExcel } from "./fakeExcel";
import { catalog, merge, unitFile, DISTRICT } from "../merge/support";

const HOSTILE = "=cmd|' /C calc'!A0";

function consolidated(units: number) {
  const files = Array.from({ length: units }, (_, i) =>
    unitFile(
      {
        code: `CD${i}`,
        name: i === 0 ? HOSTILE : `CĐCS số ${i}`,
        date: "2026-06-05",
        figures: new Map<FigureKey, number>([
          ["DV_TONG@value", i + 1],
          ["LD_TONG@value", 2 * i + 2],
          ["SK_GIATRI@value", 0.125],
        ]),
      },
      undefined,
      `cd${i}.xlsx`,
      i,
    ),
  );
  return consolidatedPlan(catalog, merge(files, DISTRICT), "2026-06-15").plan;
}

describe.each(API_LEVELS)("writing the consolidated workbook into Excel at ExcelApi %s", (api) => {
  it("costs the same number of syncs for 5 units and for 150 units", async () => {
    const small = new FakeExcel(api);
    const large = new FakeExcel(api);
    await createOfficeWorkbook(small.deps()).writePlan(consolidated(5), { confirmReplace: async () => true });
    await createOfficeWorkbook(large.deps()).writePlan(consolidated(150), { confirmReplace: async () => true });
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBeLessThanOrEqual(12);
    expect(large.log.some((l) => l.startsWith("sheet.add ~"))).toBe(false);
  });

  it("prints the wide breakdown at 70 % across pages, repeating the unit columns, while forms fit one page wide (ExcelApi 1.9)", async () => {
    const excel = new FakeExcel(api);
    await createOfficeWorkbook(excel.deps()).writePlan(consolidated(3), { confirmReplace: async () => true });
    if (!excel.supports(9)) return void expect(excel.sheet(breakdownSheetName())!.pageLayout).toEqual({});
    const breakdown = excel.sheet(breakdownSheetName())!.pageLayout;
    expect(breakdown.zoom).toEqual({ scale: 70 });
    expect(breakdown.printTitleColumns).toBe("$A:$B");
    // "Fit to one page wide" as the scale that does it: applied whichever ribbon tab is selected (office-js#1860).
    const form = consolidated(3).sheets.find((sheet) => sheet.name === "Biểu 01")!;
    const width = form.columnWidths.reduce((sum, chars) => sum + widthInPoints(chars), 0);
    const { scale } = excel.sheet("Biểu 01")!.pageLayout.zoom as { scale: number };
    expect(scale).toBeGreaterThanOrEqual(10);
    expect(scale).toBeLessThanOrEqual(100);
    expect((width * scale) / 100).toBeLessThanOrEqual(PRINTABLE_WIDTH[form.print?.orientation ?? "portrait"]);
    expect(scale === 100 || (width * (scale + 1)) / 100 > PRINTABLE_WIDTH[form.print?.orientation ?? "portrait"]).toBe(true);
  });

  it("writes unit names from submissions as text, never as formulas, and the totals as formulas", async () => {
    const excel = new FakeExcel(api);
    const plan = consolidated(3);
    await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    const sheet = excel.sheet(breakdownSheetName())!;
    const hostile = sheetCells(plan.sheets.find((s) => s.name === breakdownSheetName())!).find((c) => c.value === HOSTILE)!;
    expect(sheet.peek(hostile.ref)).toMatchObject({ value: HOSTILE, numberFormat: "@" });
    expect(sheet.peek(hostile.ref)?.formula).toBeUndefined();
    const total = plan.sheets.find((s) => s.name === breakdownSheetName())!.cells.find((c) => c.formula?.startsWith("IF(COUNT("))!;
    expect(sheet.peek(total.ref)?.formula).toBe(`=${total.formula}`);
    expect(excel.sheet(statusSheetName())).toBeDefined();
  });

  it("draws a row for every unit of the breakdown (the plan's generated rows), names as text, figures as numbers", async () => {
    const excel = new FakeExcel(api);
    const plan = consolidated(40);
    const rows = plan.sheets.find((s) => s.name === breakdownSheetName())!.rows!;
    expect(rows.count).toBe(40);
    await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    const sheet = excel.sheet(breakdownSheetName())!;
    for (let i = 0; i < rows.count; i++) {
      const values = rows.row(i);
      values.forEach((value, c) => {
        const cell = sheet.cell(rows.firstRow - 1 + i, c);
        expect({ i, c, value: cell.value, formula: cell.formula }).toEqual({ i, c, value: value ?? "", formula: undefined });
        if (typeof value === "string" && value !== "") expect(cell.numberFormat).toBe("@");
      });
    }
    expect(JSON.stringify([...sheet.cells.values()].map((c) => c.value))).toContain(JSON.stringify(HOSTILE));
  });

  it("replaces an existing consolidated sheet only after the user says yes", async () => {
    const excel = new FakeExcel(api);
    excel.addSheet(breakdownSheetName()).put("A1", "số liệu cũ");
    const asked: string[][] = [];
    const outcome = await createOfficeWorkbook(excel.deps()).writePlan(consolidated(2), {
      confirmReplace: async (names) => {
        asked.push([...names]);
        return false;
      },
    });
    expect(outcome.written).toBe(false);
    expect(asked[0]).toContain(breakdownSheetName());
    expect(excel.sheet(breakdownSheetName())?.peek("A1")?.value).toBe("số liệu cũ");
  });
});
