/**
 * A register row made two lines high by a long unit name reads across its first line: every cell of the
 * row (code, name, level, date, figures, warnings) is top-aligned in the written .xlsx, as ExcelJS reads it
 * back (the style table, domain/layout/styles.ts, top-aligns every cell a table row can hold).
 */
import ExcelJS from "exceljs";
import type { FigureKey } from "../../src/domain/submission";
import { mergeFiles } from "../../src/app/merge";
import { writeWorkbook } from "../../src/workbook/file/writer";
import { breakdownSheetName, BREAKDOWN_ROWS } from "../../src/domain/merge/breakdown-sheet";
import { catalog, DISTRICT, unitWorkbook } from "./support";

const LONG_NAME = "CĐCS Công ty Cổ phần Cao su Điện Biên — Chi nhánh Nông trường Mường Ảng và các đội sản xuất";
const figs = new Map<FigureKey, number | null>([
  ["LD_TONG@value", 120],
  ["LD_NU@value", 50],
  ["DV_TONG@value", 100],
  ["DV_NU@value", 40],
]);

async function written(): Promise<ExcelJS.Workbook> {
  const outcome = await mergeFiles(
    catalog,
    [
      { name: "a.xlsx", bytes: await unitWorkbook("CDCS-A", figs, { name: LONG_NAME }) },
      { name: "b.xlsx", bytes: await unitWorkbook("CDCS-B", figs, { name: "CĐCS B" }) },
    ],
    { campaignId: "tk-3105-2026", mergingUnit: DISTRICT, today: "2026-06-20" },
  );
  if (!outcome.ok) throw new Error("expected a merge");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await writeWorkbook(outcome.plan)) as unknown as ArrayBuffer);
  return book;
}

describe("a register row two lines high", () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await written();
  });

  it("has every cell top-aligned, the name and the figures alike", () => {
    const sheet = book.getWorksheet(breakdownSheetName())!;
    const rows = [BREAKDOWN_ROWS.firstUnit, BREAKDOWN_ROWS.firstUnit + 1].map((n) => sheet.getRow(n));
    const long = rows.find((row) => row.getCell(2).value === LONG_NAME)!;
    expect(long).toBeDefined();
    // The long name made the row taller than one line.
    expect(long.height).toBeGreaterThan(20);
    const alignments = new Map<string, string | undefined>();
    long.eachCell({ includeEmpty: false }, (cell) => alignments.set(cell.address, cell.alignment?.vertical));
    expect(alignments.size).toBeGreaterThan(8);
    expect([...new Set(alignments.values())]).toEqual(["top"]);
  });
});
