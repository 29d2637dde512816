/**
 * Re-inserting a template over form sheets the user's own formulas and names refer to (issue 24 item 3).
 * Excel rewrites every reference when a sheet is renamed and turns it into #REF! when the sheet is
 * deleted; the stand-in does the same, so a write that replaced sheets blindly would break them here.
 */
import type { SheetPlan, WorkbookPlan } from "../../src/domain/layout/plan";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { API_LEVELS, FakeExcel } from "./fakeExcel";

function form(name: string, total: number): SheetPlan {
  return {
    name,
    role: "table",
    tableId: name,
    cells: [
      { ref: "A1", value: `Biểu ${name}`, style: "title" },
      { ref: "D4", value: total, style: "inputInteger", locked: false },
    ],
    merges: [],
    columnWidths: [6, 40, 10, 12],
    protect: true,
    visibility: "visible",
  };
}

const plan = (sheets: SheetPlan[]): WorkbookPlan => ({
  sheets,
  names: [{ name: "UR_DV_TONG", sheet: sheets[0].name, ref: "D4" }],
  properties: { title: "", subject: "", creator: "", keywords: "" },
});

describe.each(API_LEVELS)("the user's references into form sheets at ExcelApi %s", (api) => {
  it("are rewritten by the stand-in on rename and broken on delete, as Excel does", async () => {
    const excel = new FakeExcel(api);
    excel.addSheet("Biểu 01");
    const mine = excel.addSheet("Tổng hợp");
    mine.put("A1", "='Biểu 01'!D4*2");
    const deps = excel.deps();
    await deps.run(async (context) => {
      context.workbook.worksheets.getItem("Biểu 01").name = "Cũ";
      await context.sync();
    });
    expect(mine.peek("A1")?.formula).toBe("='Cũ'!D4*2");
    await deps.run(async (context) => {
      context.workbook.worksheets.getItem("Cũ").delete();
      await context.sync();
    });
    expect(mine.peek("A1")?.formula).toBe("=#REF!*2");
  });

  async function withUserReferences() {
    const excel = new FakeExcel(api);
    await createOfficeWorkbook(excel.deps()).writePlan(plan([form("Biểu 01", 12)]), { confirmReplace: async () => true });
    const mine = excel.addSheet("Tổng hợp");
    mine.put("B5", "='Biểu 01'!D4+1");
    mine.put("B6", "Ghi chú của tôi");
    excel.names.set("TONG_CONG", { sheet: "Biểu 01", ref: "D4", broken: false });
    return { excel, mine };
  }

  it("names them in the question before replacing, and keeps them pointing at the new sheet", async () => {
    const { excel, mine } = await withUserReferences();
    const asked: { sheets: readonly string[]; references: readonly string[] }[] = [];
    const outcome = await createOfficeWorkbook(excel.deps()).writePlan(plan([form("Biểu 01", 15)]), {
      confirmReplace: async (sheets, references = []) => {
        asked.push({ sheets, references });
        return true;
      },
    });
    expect(outcome).toMatchObject({ written: true });
    expect(asked).toEqual([{ sheets: ["Biểu 01"], references: expect.arrayContaining(["'Tổng hợp'!B5", "TONG_CONG"]) }]);
    expect(asked[0].references).toHaveLength(2);
    expect(mine.peek("B5")?.formula).toBe("='Biểu 01'!D4+1");
    expect(excel.names.get("TONG_CONG")).toMatchObject({ sheet: "Biểu 01", ref: "D4", broken: false });
    expect(excel.sheet("Biểu 01")?.peek("D4")?.value).toBe(15);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Biểu 01"]);
  });

  it("changes nothing when the user declines", async () => {
    const { excel, mine } = await withUserReferences();
    const before = excel.log.length;
    const outcome = await createOfficeWorkbook(excel.deps()).writePlan(plan([form("Biểu 01", 15)]), { confirmReplace: async () => false });
    expect(outcome).toEqual({ written: false, reason: "declined" });
    expect(excel.log.length).toBe(before);
    expect(mine.peek("B5")?.formula).toBe("='Biểu 01'!D4+1");
  });

  it("gives them back as they were when the write fails half-way", async () => {
    const { excel, mine } = await withUserReferences();
    excel.failSync(3);
    await expect(
      createOfficeWorkbook(excel.deps()).writePlan(plan([form("Biểu 01", 15)]), { confirmReplace: async () => true }),
    ).rejects.toBeDefined();
    expect(mine.peek("B5")?.formula).toBe("='Biểu 01'!D4+1");
    expect(excel.names.get("TONG_CONG")).toMatchObject({ sheet: "Biểu 01", broken: false });
    expect(excel.sheet("Biểu 01")?.peek("D4")?.value).toBe(12);
  });

  it("asks about an empty form sheet too when the user's formulas refer to it", async () => {
    const excel = new FakeExcel(api);
    excel.addSheet("Biểu 01");
    excel.addSheet("Tổng hợp").put("A1", "=SUM('Biểu 01'!D4:D9)");
    const asked: string[] = [];
    await createOfficeWorkbook(excel.deps()).writePlan(plan([form("Biểu 01", 1)]), {
      confirmReplace: async (_sheets, references = []) => {
        asked.push(...references);
        return true;
      },
    });
    expect(asked).toEqual(["'Tổng hợp'!A1"]);
    expect(excel.sheet("Tổng hợp")?.peek("A1")?.formula).toBe("=SUM('Biểu 01'!D4:D9)");
  });
});
