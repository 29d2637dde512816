/**
 * The register's row of codes (UNIT_CODE … LD_TONG@value) is for the next level's merge, not for
 * people: both renderers hide it and neither repeats it on printed pages, yet a consolidated workbook
 * still merges one level up (its reader finds the columns through that row).
 */
import ExcelJS from "exceljs";
import type { FigureKey } from "../../src/domain/submission";
import { BREAKDOWN_ROWS, breakdownSheetName } from "../../src/domain/merge/breakdown-sheet";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import type { WorkbookPlan } from "../../src/domain/layout/plan";
import { createOfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { API_LEVELS, FakeExcel } from "../office/fakeExcel";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { catalog, DISTRICT, PROVINCE, unitWorkbook } from "./support";

jest.setTimeout(180_000);

const figs = (ld: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", ld],
    ["DV_TONG@value", Math.floor(ld / 2)],
  ]);
const CODES = BREAKDOWN_ROWS.keys;
const HEADERS = BREAKDOWN_ROWS.header;

async function districtPlan(): Promise<WorkbookPlan> {
  const files = [
    { name: "a.xlsx", bytes: await unitWorkbook("A", figs(10)) },
    { name: "b.xlsx", bytes: await unitWorkbook("B", figs(30)) },
  ];
  const outcome = await mergeFiles(catalog, files, { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" });
  if (!outcome.ok) throw new Error("expected a merge");
  return outcome.plan;
}

async function register(bytes: Uint8Array): Promise<{ sheet: ExcelJS.Worksheet; printTitles: string | undefined }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(breakdownSheetName())!;
  return { sheet, printTitles: sheet.pageSetup.printTitlesRow };
}

const upOneLevel = async (bytes: Uint8Array) =>
  mergeFiles(catalog, [{ name: "huyen.xlsx", bytes }], { campaignId: "tk-3105-2026", mergingUnit: PROVINCE });

describe("the register's row of codes", () => {
  let plan: WorkbookPlan;
  let bytes: Uint8Array;
  beforeAll(async () => {
    plan = await districtPlan();
    bytes = await writeWorkbook(plan);
  });

  it("is hidden in the .xlsx and not among the rows printed on every page, but still holds the codes", async () => {
    const { sheet, printTitles } = await register(bytes);
    expect(sheet.getCell(`A${CODES}`).value).toBe("UNIT_CODE");
    expect(sheet.getRow(CODES).hidden).toBe(true);
    expect(sheet.getRow(HEADERS).hidden).toBe(false);
    expect(sheet.getRow(BREAKDOWN_ROWS.firstUnit).hidden).toBe(false);
    expect(printTitles).toBe(`${HEADERS}:${HEADERS}`);
  });

  it("leaves the workbook a consolidated submission one level up, totals intact", async () => {
    const up = await upOneLevel(bytes);
    expect(up.ok && up.result.files[0].status).toBe("accepted");
    expect(up.ok && up.result.figures.get("LD_TONG@value")).toBe(40);
    expect(up.ok && up.result.leaves.map((leaf) => leaf.code).sort()).toEqual(["A", "B"]);
  });

  it.each(API_LEVELS)("is hidden and not a print title when drawn inside Excel too (ExcelApi %s)", async (api) => {
    const excel = new FakeExcel(api);
    await createOfficeWorkbook(excel.deps()).writePlan(plan, { confirmReplace: async () => true });
    const sheet = excel.sheet(breakdownSheetName())!;
    expect(sheet.peek(`A${CODES}`)?.value).toBe("UNIT_CODE");
    expect([...sheet.hiddenRows]).toEqual([CODES]);
    if (excel.supports(9)) expect(sheet.pageLayout.printTitleRows).toBe(`$${HEADERS}:$${HEADERS}`);
  });

  describeWithLibreOffice("in LibreOffice", () => {
    it("stays hidden after a re-save, and the re-saved workbook still merges one level up", async () => {
      const resaved = await resaveWithLibreOffice(bytes);
      const { sheet } = await register(resaved);
      expect(sheet.getRow(CODES).hidden).toBe(true);
      expect(sheet.getCell(`A${CODES}`).value).toBe("UNIT_CODE");
      const up = await upOneLevel(resaved);
      expect(up.ok && up.result.figures.get("LD_TONG@value")).toBe(40);
    });
  });
});
