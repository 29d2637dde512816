/** The file adapter of the WorkbookPort: write a plan, read it back, and never replace figures without asking. */
import { loadCatalog } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { createFileWorkbook } from "../../src/workbook/file/fileWorkbook";
import { everyCampaign } from "./campaigns";
import { fillByName } from "./xlsxParts";

const catalog = loadCatalog();
const [campaign] = everyCampaign();
const built = buildTemplate({ catalog, campaign, unit: { unitName: "CĐCS Công ty Điện lực", unitCode: "EVN-01", level: "cdcs" } });

describe("file workbook", () => {
  it("reads nothing before a plan is written", async () => {
    const port = createFileWorkbook();
    expect(port.host).toBe("file");
    expect((await port.read()).names.size).toBe(0);
    expect(port.bytes()).toBeNull();
  });

  it("writes a plan and reads its names back", async () => {
    const port = createFileWorkbook();
    const confirm = jest.fn(async () => true);
    const outcome = await port.writePlan(built.plan, { confirmReplace: confirm });
    expect(outcome).toEqual({ written: true, sheets: built.plan.sheets.map((s) => s.name) });
    expect(confirm).not.toHaveBeenCalled();
    const read = await port.read();
    expect(read.names.get("UR_ID_UNIT_CODE")!.cells[0][0].value).toBe("EVN-01");
    expect([...read.names.keys()].sort()).toEqual(built.plan.names.map((n) => n.name).sort());
    expect(read.sheets.find((s) => s.name === "_meta")?.state).toBe("hidden");
  });

  it("lists its visible sheets and reads one as rows (a roster sheet), naming what it cannot", async () => {
    const port = createFileWorkbook();
    expect(await port.readSheetRows("Thông tin chung")).toEqual({ ok: false, error: "missing" });
    await port.writePlan(built.plan, { confirmReplace: async () => true });
    const names = await port.sheetNames();
    expect(names).toEqual(built.plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name));
    const read = await port.readSheetRows("THÔNG TIN CHUNG");
    if (!read.ok) throw new Error(read.error);
    expect(read.value.flat()).toContain("EVN-01");
    expect(await port.readSheetRows("Không có")).toEqual({ ok: false, error: "missing" });
  });

  it("asks before replacing a workbook whose sheets hold data, and keeps it when told no", async () => {
    const port = createFileWorkbook();
    await port.writePlan(built.plan, { confirmReplace: async () => true });
    const filled = fillByName(port.bytes()!, new Map([["UR_DV_TONG_SL", 1234]]));
    const held = createFileWorkbook(filled);
    const asked: string[][] = [];
    const declined = await held.writePlan(built.plan, { confirmReplace: async (names) => (asked.push([...names]), false) });
    expect(declined).toEqual({ written: false, reason: "declined" });
    expect(asked[0]).toEqual(expect.arrayContaining(["Biểu 01"]));
    expect(held.bytes()).toBe(filled);
    expect((await held.read()).names.get("UR_DV_TONG_SL")!.cells[0][0].value).toBe(1234);

    const replaced = await held.writePlan(built.plan, { confirmReplace: async () => true });
    expect(replaced.written).toBe(true);
    expect((await held.read()).names.get("UR_DV_TONG_SL")!.cells[0][0].value).toBeNull();
  });

  it("replaces an empty form without asking: its labels are not figures", async () => {
    const port = createFileWorkbook();
    await port.writePlan(built.plan, { confirmReplace: async () => true });
    const confirm = jest.fn(async () => false);
    expect((await port.writePlan(built.plan, { confirmReplace: confirm })).written).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it("asks about a sheet of someone else's workbook that the plan would replace", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Biểu 01").getCell("A1").value = "bảng tính riêng";
    other.addWorksheet("Khác").getCell("A1").value = 1;
    const port = createFileWorkbook(new Uint8Array(await other.xlsx.writeBuffer()));
    const asked: string[][] = [];
    await port.writePlan(built.plan, { confirmReplace: async (names) => (asked.push([...names]), false) });
    expect(asked).toEqual([["Biểu 01"]]);
  });

  it("keeps highlights as a list (a file has no screen) and clears them", async () => {
    const port = createFileWorkbook();
    await port.highlight([{ sheet: "Biểu 01", address: "D10" }]);
    expect(port.highlighted()).toEqual([{ sheet: "Biểu 01", address: "D10" }]);
    await port.clearHighlights();
    expect(port.highlighted()).toEqual([]);
    await expect(port.select({ sheet: "Biểu 01", address: "D10" })).resolves.toBeUndefined();
  });
});
