/** The consolidated workbook's drill-down links, written by our writer and re-saved by LibreOffice. */
import ExcelJS from "exceljs";
import type { FigureKey } from "../../src/domain/submission";
import { cellName } from "../../src/domain/definition/names";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { mergeFiles } from "../../src/app/merge";
import { describeWithLibreOffice, resaveWithLibreOffice } from "../support/libreoffice";
import { catalog, DISTRICT, PROVINCE, unitWorkbook } from "./support";

jest.setTimeout(180_000);

const figs = (ld: number) =>
  new Map<FigureKey, number | null>([
    ["LD_TONG@value", ld],
    ["DV_TONG@value", Math.floor(ld / 2)],
  ]);

async function consolidated(): Promise<Uint8Array> {
  const outcome = await mergeFiles(
    catalog,
    [
      { name: "a.xlsx", bytes: await unitWorkbook("A", figs(10)) },
      { name: "b.xlsx", bytes: await unitWorkbook("B", figs(30)) },
    ],
    { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-15" },
  );
  if (!outcome.ok) throw new Error("expected a merge");
  return writeWorkbook(outcome.plan);
}

/** The link on LD_TONG's row, and the register column it points to, checked against the register's own key row. */
async function linkOfLdTong(bytes: Uint8Array): Promise<{ formula: string; targetKey: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ref = (wb.definedNames.model as { name: string; ranges: string[] }[]).find((n) => n.name === cellName("LD_TONG", "value"))!
    .ranges[0];
  const [, sheetName, row] = /^'?(.*?)'?!\$?[A-Z]+\$?(\d+)$/.exec(ref)!;
  const sheet = wb.getWorksheet(sheetName)!;
  let formula = "";
  sheet.getRow(Number(row)).eachCell((cell) => void (cell.formula?.startsWith("HYPERLINK") && (formula = cell.formula)));
  const [, target, column] = /^HYPERLINK\("#'([^']+)'!([A-Z]+)5"/.exec(formula) ?? [];
  const register = target ? wb.getWorksheet(target) : undefined;
  return { formula, targetKey: register?.getCell(`${column}6`).value };
}

describe("drill-down links in the consolidated workbook", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await consolidated();
  });

  it("puts a link on each figure row to that figure's column in 'Chi tiết theo đơn vị'", async () => {
    const { formula, targetKey } = await linkOfLdTong(bytes);
    expect(formula).toMatch(/^HYPERLINK\("#'Chi tiết theo đơn vị'![A-Z]+5","Xem theo đơn vị"\)$/);
    expect(targetKey).toBe("LD_TONG@value");
  });

  it("keeps the workbook a consolidated submission one level up", async () => {
    const up = await mergeFiles(catalog, [{ name: "huyen.xlsx", bytes }], { campaignId: "tk-3105-2026", mergingUnit: PROVINCE });
    expect(up.ok && up.result.files[0].status).toBe("accepted");
    expect(up.ok && up.result.figures.get("LD_TONG@value")).toBe(40);
  });

  describeWithLibreOffice("in LibreOffice", () => {
    it("keeps the links when LibreOffice re-saves the workbook", async () => {
      const { formula, targetKey } = await linkOfLdTong(await resaveWithLibreOffice(bytes));
      expect(formula).toMatch(/^HYPERLINK\("#'Chi tiết theo đơn vị'![A-Z]+5","Xem theo đơn vị"\)$/);
      expect(targetKey).toBe("LD_TONG@value");
    });
  });
});
