/**
 * The file workbook inserts a template the way "Chèn biểu mẫu" does inside Excel: the template's sheets
 * are replaced, the user's own sheets stay — values, formulas, styles, merges, widths and their names —
 * checked in a real .xlsx read by ExcelJS, by our reader, and opened and recalculated by LibreOffice.
 */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { loadCatalog, resolveCampaign } from "../../src/domain/definition";
import { buildTemplate } from "../../src/domain/layout";
import { createFileWorkbook } from "../../src/workbook/file/fileWorkbook";
import { readWorkbook } from "../../src/workbook/file/reader";
import { describeWithLibreOffice, sheetsAsCsv, csvNumber } from "../support/libreoffice";
import { fillByName } from "./xlsxParts";
import { AppErrorException } from "../../src/domain/errors";
import { render } from "../../src/domain/i18n/message";

const catalog = loadCatalog();
function template(id: string, unitCode: string) {
  const campaign = resolveCampaign(catalog.campaignDefs, id);
  if (!campaign.ok) throw new Error(render("en", campaign.error));
  return buildTemplate({ catalog, campaign: campaign.value, unit: { unitName: "CĐCS Trường Tiểu học Na Sang", unitCode, level: "cdcs" } })
    .plan;
}

const USER_SHEET = "Sổ theo dõi";

/** A user's workbook: our template, a figure typed, and a sheet of their own with formulas, styles and a name. */
async function usersWorkbook(): Promise<Uint8Array> {
  const port = createFileWorkbook();
  await port.writePlan(template("tk-3105-2026", "NS-01"), { confirmReplace: async () => true });
  const filled = fillByName(port.bytes()!, new Map([["UR_DV_TONG_SL", 1234]]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(filled) as unknown as ArrayBuffer);
  const own = workbook.addWorksheet(USER_SHEET);
  own.getCell("A1").value = "Quỹ công đoàn";
  own.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
  own.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  own.getCell("A2").value = 12.5;
  own.getCell("A2").numFmt = "#,##0.00";
  own.getCell("A3").value = { formula: "A2*2" };
  own.getCell("B2").value = { formula: "SO_TIEN+1" };
  own.getCell("B3").value = { formula: "'Biểu 01'!A1" };
  own.mergeCells("C1:D1");
  own.getCell("C1").value = "Ghi chú của tôi";
  own.getColumn(1).width = 30;
  workbook.definedNames.add(`'${USER_SHEET}'!$A$2`, "SO_TIEN");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the file workbook keeps the sheets a template does not write", () => {
  let before: Uint8Array;
  let after: Uint8Array;
  let asked: string[][];

  beforeAll(async () => {
    before = await usersWorkbook();
    const port = createFileWorkbook(before);
    asked = [];
    const outcome = await port.writePlan(template("tk-3011-2026", "NS-02"), {
      confirmReplace: async (names) => (asked.push([...names]), true),
    });
    expect(outcome.written).toBe(true);
    after = port.bytes()!;
  });

  it("asks before replacing the sheet with the typed figure, and only about it", () => {
    expect(asked).toEqual([["Biểu 01"]]);
  });

  it("keeps the user's sheet with its values, formulas, styles, merge, width and name", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(after) as unknown as ArrayBuffer);
    const own = workbook.getWorksheet(USER_SHEET)!;
    expect(own).toBeDefined();
    expect(own.getCell("A1").value).toBe("Quỹ công đoàn");
    expect(own.getCell("A1").font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
    expect(own.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(own.getCell("A2").value).toBe(12.5);
    expect(own.getCell("A2").numFmt).toBe("#,##0.00");
    expect(own.getCell("A3").formula).toBe("A2*2");
    expect(own.getCell("B2").formula).toBe("SO_TIEN+1");
    expect(own.getCell("C1").isMerged).toBe(true);
    expect(own.getColumn(1).width).toBe(30);
    expect(workbook.definedNames.model.find((n) => n.name === "SO_TIEN")?.ranges).toEqual([`'${USER_SHEET}'!$A$2`]);
  });

  it("holds the new template, whole and readable, with the old figure replaced and no name left over", () => {
    const read = readWorkbook(after);
    if (!read.ok) throw new Error(render("en", read.error));
    expect(read.value.flags.brokenNames).toEqual([]);
    const names = read.value.workbook.names;
    const expected = template("tk-3011-2026", "NS-02").names.map((n) => n.name);
    expect([...names.keys()].filter((n) => n.startsWith("UR_")).sort()).toEqual([...expected].sort());
    expect(names.get("UR_META_CAMPAIGN_ID")!.cells[0]![0]!.value).toBe("tk-3011-2026");
    expect(names.get("UR_ID_UNIT_CODE")!.cells[0]![0]!.value).toBe("NS-02");
    expect(names.get("UR_DV_TONG_SL")!.cells[0]![0]!.value).toBeNull();
    const sheets = read.value.workbook.sheets.map((s) => s.name);
    expect(sheets).toContain(USER_SHEET);
    expect(sheets.filter((s) => s === "Biểu 01")).toHaveLength(1);
  });

  it("leaves the workbook held as it was when the user declines", async () => {
    const port = createFileWorkbook(before);
    const outcome = await port.writePlan(template("tk-3011-2026", "NS-02"), { confirmReplace: async () => false });
    expect(outcome).toEqual({ written: false, reason: "declined" });
    expect(port.bytes()).toBe(before);
  });

  it("refuses, changing nothing, a workbook with charts or a PivotTable that ExcelJS would drop, and says so", async () => {
    const parts = unzipSync(before);
    parts["xl/charts/chart1.xml"] = new TextEncoder().encode(
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    parts["xl/pivotTables/pivotTable1.xml"] = new TextEncoder().encode("<pivotTableDefinition/>");
    const withChart = zipSync(parts);
    const port = createFileWorkbook(withChart);
    const confirm = jest.fn(async () => true);
    const refused = port.writePlan(template("tk-3011-2026", "NS-02"), { confirmReplace: confirm });
    const error = await refused.then(
      () => null,
      (e: unknown) => (e instanceof AppErrorException ? e.error : null),
    );
    expect(error?.code).toBe("file.unkeptParts");
    expect(render("vi", error!)).toContain("biểu đồ, PivotTable");
    expect(render("en", error!)).toContain("charts, PivotTables");
    expect(confirm).not.toHaveBeenCalled();
    expect(port.bytes()).toBe(withChart);
  });

  it("refuses to write into bytes that are not a workbook, with the reader's reason, and keeps them", async () => {
    const junk = new TextEncoder().encode("Tổng hợp quý 1 — không phải tệp Excel");
    const port = createFileWorkbook(junk);
    await expect(port.writePlan(template("tk-3011-2026", "NS-02"), { confirmReplace: async () => true })).rejects.toMatchObject({
      error: { code: expect.stringMatching(/^reader\./) },
    });
    expect(port.bytes()).toBe(junk);
  });
});

describeWithLibreOffice("a template re-inserted into a user's workbook, opened in LibreOffice", () => {
  it("recalculates the user's formulas, by cell and by their own name, beside the template", async () => {
    const port = createFileWorkbook(await usersWorkbook());
    await port.writePlan(template("tk-3011-2026", "NS-02"), { confirmReplace: async () => true });
    const sheets = await sheetsAsCsv(port.bytes()!);
    const own = sheets.get(USER_SHEET)!;
    expect(own.cell("A1")).toBe("Quỹ công đoàn");
    expect(csvNumber(own.cell("A3"))).toBe(25);
    expect(csvNumber(own.cell("B2"))).toBe(13.5);
    // A formula into a template sheet follows the sheet that replaced it (its unit line is text).
    expect(own.cell("B3")).toContain("Đơn vị báo cáo");
    expect(sheets.get("Thông tin chung")!.rows.flat()).toContain("NS-02");
  });
});
